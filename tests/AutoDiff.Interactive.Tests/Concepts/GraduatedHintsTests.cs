
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>Hints come one at a time: hint 1, hint 2, then the model answer.</summary>
public class GraduatedHintsTests
{
    private static readonly GraduatedHints Hints = new("first nudge", "second nudge");

    [Theory]
    [InlineData(1, "Hint 1: first nudge")]
    [InlineData(2, "Hint 2: second nudge")]
    [InlineData(3, GraduatedHints.ModelAnswer)]
    [InlineData(7, GraduatedHints.ModelAnswer)]
    public void For_GivesMoreWithEachTry(int level, string expected) => Assert.Equal(expected, Hints.For(level));

    [Fact]
    public void RepeatedWrongChoices_GetHint1ThenHint2ThenTheModelAnswer()
    {
        var concepts = new ConceptChecks();
        var hints = LessonConcepts.Choices["1.2.40.5.choice"].Hints;

        var tries = Enumerable.Range(0, 3).Select(_ => concepts.Choose("1.2.40.5.choice", () => 'A').Hint).ToList();

        Assert.Equal([hints.For(1), hints.For(2), GraduatedHints.ModelAnswer], tries);
    }

    [Fact]
    public void HintOnRequest_BeforeAnyTry_IsHint1AndKeepsTheExerciseNotAttempted()
    {
        var result = new ConceptChecks().Hint("1.2.40.1.keypoints");

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains(LessonConcepts.KeyPointLists["1.2.40.1.keypoints"].Hints.For(1), result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HintOnRequest_AfterAWrongTry_IsTheNextHintAndStaysWrong()
    {
        var concepts = new ConceptChecks();
        concepts.KeyPoints("quiz.7.keypoints", () => Answer, () => [1]);

        var result = concepts.Hint("quiz.7.keypoints");

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal(LessonConcepts.KeyPointLists["quiz.7.keypoints"].Hints.For(2), result.Hint);
    }

    [Fact]
    public void HintOnRequest_AfterEveryPointIsMarked_StaysSelfChecked()
    {
        var concepts = new ConceptChecks();
        concepts.KeyPoints("quiz.7.keypoints", () => Answer, () => [1, 2, 3]);

        Assert.Equal(ExerciseState.SelfChecked, concepts.Hint("quiz.7.keypoints").Status);
    }

    private const string Answer = "The gradient of one output costs a small constant times one evaluation, whatever the number of parameters.";
}
