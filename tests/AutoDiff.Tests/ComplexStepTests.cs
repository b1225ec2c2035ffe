using System.Numerics;

namespace AutoDiff.Tests;

public class ComplexStepTests
{
    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(4.5)]
    public void ComplexStep_SinTimesExp_MatchesAnalyticToMachinePrecision(double x)
    {
        // f = sin x · eˣ, f′ = (cos x + sin x) eˣ
        double numeric = Numeric.ComplexStep(z => Complex.Sin(z) * Complex.Exp(z), x);
        double exact = (Math.Cos(x) + Math.Sin(x)) * Math.Exp(x);
        Assert.True(Math.Abs(numeric - exact) <= 4e-16 * Math.Max(1, Math.Abs(exact)),
            $"complex step {numeric:R}, analytic {exact:R}");
    }

    [Fact]
    public void ComplexStep_TinyStep_HasNoCancellationUnlikeCentral()
    {
        double exact = Math.Cos(1.0);
        double complexStep = Numeric.ComplexStep(Complex.Sin, 1.0, 1e-30);
        double central = Numeric.Derivative(Math.Sin, 1.0, DifferenceMethod.Central, 1e-30);
        Assert.Equal(exact, complexStep, 1e-15);
        Assert.True(Math.Abs(central - exact) > 0.1, $"central with h = 1e-30 gave {central:R}; expected cancellation");
    }

    [Fact]
    public void ComplexStep_NonPositiveStep_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numeric.ComplexStep(Complex.Sin, 1.0, 0));
}
