namespace AutoDiff.Tests;

// What the gradient check says about powers at the boundaries: nothing where the rule is right,
// the true reason where a derivative does not exist.
public class PowerBlameTests
{
    [Fact]
    public void GradCheck_XToTheZeroAtZero_PassesWithNoCulprit()
    {
        var report = GradCheck.Check(v => Value.Pow(v[0], 0), [0.0]);
        Assert.True(report.Passed, report.Summary);
        Assert.Null(report.Culprit);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void GradCheck_IntegerPowerAtZero_PassesWithNoCulprit(double p)
    {
        var report = GradCheck.Check(v => Value.Pow(v[0], p), [0.0]);
        Assert.True(report.Passed, report.Summary);
        Assert.Null(report.Culprit);
    }

    [Fact]
    public void GradCheck_SquareRootPowerAtZero_BlamesTheInfiniteDerivative()
    {
        var report = GradCheck.Check(v => Value.Pow(v[0], 0.5), [0.0]);
        Assert.False(report.Passed);
        Assert.Contains("between 0 and 1: the derivative is infinite", report.Culprit!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GradCheck_NegativePowerAtZero_BlamesTheInfiniteValue()
    {
        var report = GradCheck.Check(v => Value.Pow(v[0], -1), [0.0]);
        Assert.False(report.Passed);
        Assert.Contains("negative exponent", report.Culprit!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GradCheck_NegativeBaseTracedExponent_BlamesTheExponentDerivative()
    {
        var report = GradCheck.Check(v => Value.Pow(v[0], v[1]), [-2.0, 3.0]);
        Assert.False(report.Passed);
        Assert.Equal(Op.Pow, report.Culprit!.Op);
        Assert.Contains("negative base with a traced exponent", report.Culprit.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GradCheck_ZeroToTracedExponentZero_BlamesTheJump()
    {
        var report = GradCheck.Check(v => Value.Pow(v[0], v[1]), [0.0, 0.0]);
        Assert.False(report.Passed);
        Assert.Contains("jumps", report.Culprit!.Problem, StringComparison.Ordinal);
    }
}
