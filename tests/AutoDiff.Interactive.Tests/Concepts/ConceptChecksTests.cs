
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>The notebook object: a stub is "not attempted yet" and shows what to answer, learner
/// code that throws never escapes, unknown ids are named.</summary>
public class ConceptChecksTests
{
    private static T Stub<T>() => throw new NotImplementedException();

    [Fact]
    public void Stubs_AreNotAttemptedAndShowTheQuestion()
    {
        var concepts = new ConceptChecks();

        var results = new[]
        {
            (concepts.Choose("1.2.40.1.choice", Stub<char>), "(C) It runs the program"),
            (concepts.Predict("1.2.40.4.predict", Stub<(int, int)>), "Predict, in this order: forward-mode passes; reverse-mode sweeps."),
            (concepts.Predict("quiz.7.predict", Stub<(double, double)>), "Predict, in this order: growth of reverse-mode operations"),
            (concepts.Order("challenge.explain.order", Stub<string>), "(B) Seed the output"),
            (concepts.FindKink("1.2.40.8.kink", Stub<double>), "Find an x where f(x) = relu(2x − 3) + x has a kink."),
            (concepts.KeyPoints("quiz.6.keypoints", Stub<string>, Stub<int[]>), "replace `throw new NotImplementedException();`"),
        };

        Assert.All(results, r =>
        {
            Assert.Equal(ExerciseState.NotAttempted, r.Item1.Status);
            Assert.Contains(r.Item2, r.Item1.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void MissingDelegate_SaysRunTheCellsAbove()
    {
        var result = new ConceptChecks().Choose("quiz.5.choice", null);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("Run the cells above first", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LearnerCodeThatThrows_IsWrongAndNamed()
    {
        var result = new ConceptChecks().KeyPoints("1.2.40.5.keypoints", () => "Reverse mode gets the whole gradient of a scalar loss in one sweep.", () => throw new InvalidOperationException("boom"));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("InvalidOperationException: boom", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyPoints_WithoutTheWrittenAnswer_AreNotAttempted_AndSayHowToPassIt()
    {
        int[] KeyPointsOfMyAnswer6() => [1, 2, 3];

        var result = new ConceptChecks().KeyPoints("quiz.6.keypoints", KeyPointsOfMyAnswer6);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("concepts.KeyPoints(\"quiz.6.keypoints\", MyAnswer, KeyPointsOfMyAnswer6)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyPoints_WrittenAnswerNotDefined_SaysRunTheCellsAbove()
    {
        var result = new ConceptChecks().KeyPoints("quiz.6.keypoints", null, () => [1, 2, 3]);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("Run the cells above first", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownId_IsNamed()
    {
        var result = new ConceptChecks().Choose("1.2.40.9.choice", () => 'A');

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal("There is no conceptual check '1.2.40.9.choice'.", result.Message);
    }

    [Fact]
    public void EveryId_HasOneItemAndHints()
    {
        var items = LessonConcepts.Predictions.Keys.Concat(LessonConcepts.Choices.Keys).Concat(LessonConcepts.Orderings.Keys)
            .Concat(LessonConcepts.Kinks.Keys).Concat(LessonConcepts.KeyPointLists.Keys).Order(StringComparer.Ordinal);

        Assert.Equal(LessonConcepts.Ids.Order(StringComparer.Ordinal), items);
        Assert.All(LessonConcepts.Ids, id => Assert.NotNull(LessonConcepts.HintsFor(id)));
    }

    [Fact]
    public void EveryId_NamesItsKind_SoItNeverTakesTheIdOfACodeCheck() =>
        Assert.All(LessonConcepts.Ids, id => Assert.Matches(@"^(1\.2\.40\.\d|quiz\.\d|challenge\.explain)\.(choice|predict|order|kink|keypoints)$", id));

    [Fact]
    public void CheckedTwice_GivesTheSameVerdict()
    {
        var concepts = new ConceptChecks();

        var first = concepts.Predict("1.2.40.7.predict", () => (40_001, 401));
        var second = concepts.Predict("1.2.40.7.predict", () => (40_001, 401));

        // Only the attempt count moves on; the verdict and what it says stay the same.
        Assert.Equal((first.Status, first.Message, first.Hint), (second.Status, second.Message, second.Hint));
        Assert.Equal(first.Attempt + 1, second.Attempt);
    }
}
