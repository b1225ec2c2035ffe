
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>f(x) = relu(2x − 3) + x has one kink, at x = 1.5: slope 1 on the left, 3 on the right,
/// and relu′(0) = 0 makes autodiff return 1 there, the left slope.</summary>
public class KinkSearchFeedbackTests
{
    private static KinkSearch Kink => LessonConcepts.Kinks["1.2.40.8.kink"];

    [Fact]
    public void TheKink_PassesAndNamesBothSlopesAndAutodiffsChoice()
    {
        var result = Kink.Grade(1.5, 1);

        Assert.True(result.IsCorrect, result.ToString());
        Assert.Contains("is 1 from the left and 3 from the right", result.Message, StringComparison.Ordinal);
        Assert.Contains("Autodiff returned 1, the slope from the left", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "the argument is 2x − 3, not x")]
    [InlineData(-1.5, "check the sign when you solve for x")]
    [InlineData(3.0, "solve for x completely")]
    [InlineData(1.0, "Hint 1: Where does relu(u) change slope")]
    [InlineData(2.5, "Hint 1: Where does relu(u) change slope")]
    public void SmoothPoint_IsToldTheSlopesAgree(double x, string hint)
    {
        var result = Kink.Grade(x, 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("the slopes from the left and from the right agree", result.Message, StringComparison.Ordinal);
        Assert.Contains(hint, result.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "agree (1)")]
    [InlineData(2.5, "agree (3)")]
    public void SmoothPoint_ShowsTheSlopeOfItsSide(double x, string slope) =>
        Assert.Contains(slope, Kink.Grade(x, 1).Message, StringComparison.Ordinal);

    [Fact]
    public void NaN_IsRefused() => Assert.Contains("Return a finite number", Kink.Grade(double.NaN, 1).Hint, StringComparison.Ordinal);
}
