namespace AutoDiff.Tests;

public class RichardsonTests
{
    private static double Error(double h) =>
        Math.Abs(Numeric.Derivative(Math.Exp, 0.5, DifferenceMethod.Richardson, h) - Math.Exp(0.5));

    [Fact]
    public void Richardson_HalvingStep_DividesErrorBySixtyFour()
    {
        // Three levels cancel the h² and h⁴ terms of central differences: error O(h⁶).
        double ratio = Error(0.4) / Error(0.2);
        Assert.InRange(ratio, 64 * 0.85, 64 * 1.15);
    }

    [Fact]
    public void Richardson_SameStep_BeatsCentral()
    {
        double central = Math.Abs(Numeric.Derivative(Math.Exp, 0.5, DifferenceMethod.Central, 0.1) - Math.Exp(0.5));
        Assert.True(Error(0.1) < central * 1e-4, $"Richardson error {Error(0.1):R}, central error {central:R}");
    }
}
