
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>Every wrong option of every choice, side by side with the feedback it must get; the
/// right option passes; a wrong option never gives the right one away.</summary>
public class ChoiceFeedbackTests
{
    public static TheoryData<string, char, string> WrongOptions => new()
    {
        { "1.2.40.1.choice", 'A', "that is symbolic differentiation" },
        { "1.2.40.1.choice", 'B', "that is numeric differentiation (a central difference)" },
        { "1.2.40.1.choice", 'D', "approximates f from samples" },
        { "1.2.40.5.choice", 'A', "exact up to rounding. They differ in cost, not in accuracy" },
        { "1.2.40.5.choice", 'C', "it is the other way round. Reverse mode keeps the graph" },
        { "1.2.40.5.choice", 'D', "dual numbers handle every operation that has a derivative rule" },
        { "quiz.5.choice", 'A', "they can, since every operation has a derivative" },
        { "quiz.5.choice", 'B', "about 2n evaluations of the loss" },
        { "quiz.5.choice", 'D', "autodiff only gives the gradient" },
        { "quiz.6.choice", 'A', "no formula is built; the tape holds numbers" },
        { "quiz.6.choice", 'C', "cannot evaluate local derivatives such as cos a" },
        { "quiz.6.choice", 'D', "nothing is approximated" },
    };

    public static TheoryData<string, char> RightOptions => new()
    {
        { "1.2.40.1.choice", 'C' }, { "1.2.40.5.choice", 'B' }, { "quiz.5.choice", 'C' }, { "quiz.6.choice", 'B' },
    };

    [Theory]
    [MemberData(nameof(WrongOptions))]
    public void WrongOption_IsToldWhyItFails(string id, char letter, string feedback)
    {
        var result = LessonConcepts.Choices[id].Grade(letter, attempt: 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains(feedback, result.Message, StringComparison.Ordinal);
        Assert.StartsWith("Hint 1: ", result.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WrongOptions))]
    public void WrongOption_NeverNamesTheRightOption(string id, char letter, string feedback)
    {
        var choice = LessonConcepts.Choices[id];
        var right = choice.Options.Single(o => o.IsRight);
        var result = choice.Grade(letter, attempt: 3);

        Assert.DoesNotContain(right.Text, result.Message + result.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain($"{right.Letter} is right", result.Message + result.Hint, StringComparison.Ordinal);
        Assert.NotEmpty(feedback);
    }

    [Theory]
    [MemberData(nameof(RightOptions))]
    public void RightOption_Passes_InEitherCase(string id, char letter)
    {
        Assert.Equal(ExerciseState.Correct, LessonConcepts.Choices[id].Grade(letter, 1).Status);
        Assert.Equal(ExerciseState.Correct, LessonConcepts.Choices[id].Grade(char.ToLowerInvariant(letter), 1).Status);
    }

    [Fact]
    public void EveryChoice_HasOneRightOptionAndAnExplanationForEachOption()
    {
        Assert.All(LessonConcepts.Choices.Values, c =>
        {
            Assert.Single(c.Options, o => o.IsRight);
            Assert.All(c.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Explanation)));
            Assert.Equal(c.Options.Count, c.Options.Select(o => o.Letter).Distinct().Count());
        });
    }

    [Fact]
    public void EveryWrongOption_IsCoveredByTheTableAbove()
    {
        var covered = WrongOptions.Select(row => ((string)row[0], (char)row[1])).ToHashSet();
        var all = LessonConcepts.Choices.Values.SelectMany(c => c.Options.Where(o => !o.IsRight).Select(o => (c.Id, o.Letter)));

        Assert.All(all, option => Assert.Contains(option, covered));
    }

    [Fact]
    public void NoSuchLetter_IsToldTheLetters()
    {
        var result = LessonConcepts.Choices["1.2.40.5.choice"].Grade('Z', 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal("There is no option 'Z'.", result.Message);
        Assert.Contains("A, B, C or D", result.Hint, StringComparison.Ordinal);
    }
}
