
namespace AutoDiff.Interactive.Tests;

public class QuizTests
{
    // The lesson's answer key: 1 true, 2 false, 3 true, 4 true.
    private static readonly bool[] Key = [true, false, true, true];

    [Fact]
    public void Answer_MatchingTheKey_IsCorrectAndScores()
    {
        var quiz = new Quiz();
        for (int i = 1; i <= 4; i++)
        {
            bool answer = Key[i - 1];
            Assert.Equal(ExerciseState.Correct, quiz.Answer(i, () => answer).Status);
        }

        Assert.Equal(new QuizScore(4, 4, 4), quiz.Score);
        Assert.Contains("Quiz score: 4/4", quiz.Score.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WrongOnce_GivesAHintButNotTheAnswer()
    {
        var quiz = new Quiz();

        var result = quiz.Answer(2, () => true);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal("quiz.2", result.ExerciseId);
        Assert.DoesNotContain("is false", result.Message + result.Hint, StringComparison.Ordinal);
        Assert.Contains("step size h", result.Hint, StringComparison.Ordinal);
        Assert.Equal(new QuizScore(0, 1, 4), quiz.Score);
    }

    [Fact]
    public void Answer_WrongTwice_GivesTheAnswerAndItsReason()
    {
        var quiz = new Quiz();
        quiz.Answer(2, () => true);

        var result = quiz.Answer(2, () => true);

        Assert.Contains("“Autodiff is the same as numeric differentiation.” is false", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reveal_BeforeAnyAnswer_GivesTheAnswerAndLeavesItNotAttempted()
    {
        var result = new Quiz().Reveal(3);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("is true", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_AreTheCatalogueTitles() =>
        Assert.Equal(ExerciseCatalogue.QuizItems.Select(q => q.Title), Enumerable.Range(1, Quiz.Count).Select(Quiz.Statement));

    [Fact]
    public void Answer_Again_ReplacesTheEarlierAnswer()
    {
        var quiz = new Quiz();
        quiz.Answer(1, () => false);
        quiz.Answer(1, () => true);
        quiz.Answer(1, () => true);

        Assert.Equal(new QuizScore(1, 1, 4), quiz.Score);
    }

    [Fact]
    public void Answer_Stub_IsNotAttemptedAndNotCounted()
    {
        var quiz = new Quiz();

        var result = quiz.Answer(3, () => throw new NotImplementedException());

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Equal(0, quiz.Score.Answered);
    }

    [Fact]
    public void Answer_ItemOutOfRange_IsWrongNotAnException() =>
        Assert.Equal(ExerciseState.Wrong, new Quiz().Answer(9, () => true).Status);

    [Fact]
    public void Answer_RunningScoreIsInTheFeedback()
    {
        var quiz = new Quiz();
        quiz.Answer(1, () => true);

        Assert.Contains("Score so far: 2/4", quiz.Answer(4, () => true).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryQuizItemOfTheCatalogue_HasOneKey_AndEveryKeyAnItem() =>
        Assert.Equal(ExerciseCatalogue.QuizItems.Select(q => q.Id).Order(StringComparer.Ordinal), Quiz.Keys.Keys.Order(StringComparer.Ordinal));
}
