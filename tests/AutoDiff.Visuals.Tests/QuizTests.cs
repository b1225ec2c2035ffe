using AutoDiff.Interactive;

namespace AutoDiff.Visuals.Tests;

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
            Assert.Equal(CheckStatus.Correct, quiz.Answer(i, () => answer).Status);
        }

        Assert.Equal(new QuizScore(4, 4, 4), quiz.Score);
        Assert.Contains("data-quiz-score=\"4/4\"", quiz.Score.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Wrong_ExplainsAndDoesNotScore()
    {
        var quiz = new Quiz();

        var result = quiz.Answer(2, () => true);

        Assert.Equal(CheckStatus.Wrong, result.Status);
        Assert.Equal("quiz.2", result.ExerciseId);
        Assert.Contains("is false", result.Message, StringComparison.Ordinal);
        Assert.Equal(new QuizScore(0, 1, 4), quiz.Score);
    }

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

        Assert.Equal(CheckStatus.NotAttempted, result.Status);
        Assert.Equal(0, quiz.Score.Answered);
    }

    [Fact]
    public void Answer_ItemOutOfRange_IsWrongNotAnException() =>
        Assert.Equal(CheckStatus.Wrong, new Quiz().Answer(9, () => true).Status);

    [Fact]
    public void Answer_RunningScoreIsInTheFeedback()
    {
        var quiz = new Quiz();
        quiz.Answer(1, () => true);

        Assert.Contains("Score so far: 2/4", quiz.Answer(4, () => true).Message, StringComparison.Ordinal);
    }
}
