
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>Each prediction's typical mistakes, side by side with the feedback they must get, and
/// the right predictions, which come from the math (not from the library the check runs).</summary>
public class PredictionFeedbackTests
{
    // Right answers, worked out by hand:
    // 1.2.40.4: f: ℝ¹⁰⁰⁰ → ℝ, forward mode one pass per input, reverse mode one sweep per output.
    // 1.2.40.7: each step x + 0.001·sin x records sin, the constant 0.001, × and + (a constant is a
    //           tape node): 4 × 10,000 + the input without checkpoints, 4 × 100 + the input with 100 segments.
    // quiz.7:   f has 3n − 1 operations; reverse mode (trace + sweep) grows like n, forward (n passes) like n².
    public static TheoryData<string, double, double> RightPredictions => new()
    {
        { "1.2.40.4.predict", 1000, 1 },
        { "1.2.40.7.predict", 40_001, 401 },
        { "1.2.40.7.predict", 40_000, 400 },
        { "quiz.7.predict", 2, 4 },
    };

    public static TheoryData<string, double, double, string> Mistakes => new()
    {
        { "1.2.40.4.predict", 1, 1000, "Swapped: forward mode seeds one input per pass" },
        { "1.2.40.4.predict", 1, 1, "One forward pass gives the derivative along the one input whose tangent you seeded" },
        { "1.2.40.4.predict", 1000, 1000, "One reverse sweep seeds the single output and carries adjoints to all 1,000 inputs" },
        { "1.2.40.7.predict", 10_000, 100, "One node per step is too few: each step x + 0.001·sin x records 4 nodes (const, +, ×, sin)" },
        { "1.2.40.7.predict", 30_001, 301, "The constant 0.001 is a node on the tape too: each step records 4 nodes (const, +, ×, sin), not 3." },
        { "1.2.40.7.predict", 40_001, 301, "The constant 0.001 is a node on the tape too" },
        { "1.2.40.7.predict", 40_001, 40_001, "Checkpointing lowers the peak" },
        { "1.2.40.7.predict", 40_001, 100, "The 100 checkpoints are plain numbers, not tape nodes" },
        { "1.2.40.7.predict", 40_001, 40_101, "Checkpoints do not add to the whole tape" },
        { "quiz.7.predict", 1, 4, "Reverse mode still needs only one sweep, but that sweep" },
        { "quiz.7.predict", 2, 2, "Forward mode's passes double (one per input) and each pass runs the whole of f" },
        { "quiz.7.predict", 4, 2, "Swapped: forward mode repeats f once per input" },
    };

    [Theory]
    [MemberData(nameof(RightPredictions))]
    public void RightPrediction_IsConfirmedWithTheMeasuredValues(string id, double first, double second)
    {
        var result = LessonConcepts.Predictions[id].Grade([first, second], 1);

        Assert.True(result.IsCorrect, result.ToString());
        Assert.StartsWith("Confirmed. You predicted ", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_IsExplained(string id, double first, double second, string feedback)
    {
        var result = LessonConcepts.Predictions[id].Grade([first, second], 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains(feedback, result.Hint, StringComparison.Ordinal);
        Assert.Contains("the library measured", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.40.4.predict", 1, 1000, "One forward pass gives")]
    [InlineData("quiz.7.predict", 4, 2, "Forward mode's passes double")]
    public void SwappedPrediction_IsExplainedAsSwappedOnly(string id, double first, double second, string notShown)
    {
        var result = LessonConcepts.Predictions[id].Grade([first, second], 1);

        Assert.StartsWith("Swapped: ", result.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(notShown, result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSeparateMistakes_AreBothExplained()
    {
        var result = LessonConcepts.Predictions["quiz.7.predict"].Grade([1, 2], 1);

        Assert.Contains("Reverse mode still needs only one sweep", result.Hint, StringComparison.Ordinal);
        Assert.Contains("Forward mode's passes double", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void TapePeak_MeasuredValuesAreShownExactly()
    {
        var result = LessonConcepts.Predictions["1.2.40.7.predict"].Grade([5, 5], 1);

        Assert.Contains("the library measured nodes at the peak without checkpoints 40,001, with 100 checkpoints 401.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrecognisedWrongPrediction_GetsTheGraduatedHint()
    {
        var prediction = LessonConcepts.Predictions["1.2.40.4.predict"];

        var result = prediction.Grade([37, 5], 2);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal(prediction.Hints.For(2), result.Hint);
    }

    [Theory]
    [InlineData(double.NaN, "A prediction must be a finite number.")]
    [InlineData(double.PositiveInfinity, "A prediction must be a finite number.")]
    public void NotANumber_IsRefused(double value, string message)
    {
        var result = LessonConcepts.Predictions["quiz.7.predict"].Grade([value, 4], 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void WrongCount_SaysHowManyNumbers()
    {
        var result = LessonConcepts.Predictions["quiz.7.predict"].Grade([2], 1);

        Assert.Equal("Predict 2 numbers: growth of reverse-mode operations; growth of forward-mode operations.", result.Message);
    }
}
