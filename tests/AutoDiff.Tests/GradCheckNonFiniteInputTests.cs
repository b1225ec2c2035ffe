namespace AutoDiff.Tests;

// A gradient is checked at finite points only: an infinite or NaN input fails the report, and the
// summary says which input and why, even where both derivatives happen to agree (eˣ at −∞).
public class GradCheckNonFiniteInputTests
{
    [Theory]
    [InlineData(double.NegativeInfinity, "−∞")]
    [InlineData(double.PositiveInfinity, "+∞")]
    [InlineData(double.NaN, "NaN")]
    public void Check_NonFiniteInput_FailsAndSaysSo(double x, string shown)
    {
        var report = GradCheck.Check(v => Value.Exp(v[0]), [x]);
        Assert.False(report.Passed, report.Summary);
        Assert.False(report.Entries[0].Pass);
        Assert.Contains($"input x0 is {shown}", report.Summary, StringComparison.Ordinal);
        Assert.Contains("finite", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneNonFiniteInputOfTwo_OtherInputStillCompared()
    {
        var report = GradCheck.Check(v => v[0] * Value.Exp(v[1]), [2.0, double.NegativeInfinity]);
        Assert.False(report.Passed);
        Assert.True(report.Entries[0].Pass, "∂/∂x0 = e^−∞ = 0 both ways");
        Assert.False(report.Entries[1].Pass);
        Assert.Contains("input x1 is −∞", report.Summary, StringComparison.Ordinal);
    }
}
