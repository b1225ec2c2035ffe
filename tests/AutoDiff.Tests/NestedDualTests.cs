namespace AutoDiff.Tests;

public class NestedDualTests
{
    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(10.0)]
    public void PerturbationConfusion_XTimesDerivativeOfXPlusY_IsOneAtEveryX(double x0)
    {
        // d/dx [x · d/dy (x + y)] = d/dx [x · 1] = 1; an untagged implementation answers 2.
        double d = Nested.Derivative(x => x * Nested.Derivative(y => x + y, (NestedDual)2.0), x0);
        Assert.Equal(1.0, d);
    }

    [Fact]
    public void PerturbationConfusion_InnerCallWithDoublePoint_IsAlsoOne()
    {
        double d = Nested.Derivative(x => x * Nested.Derivative(y => x + y, 2.0), 3.0);
        Assert.Equal(1.0, d);
    }

    [Fact]
    public void InnerDerivativeDependingOnOuterVariable_NestsCorrectly()
    {
        // d/dx [d/dy (x·y)] with the inner result x kept as a nested dual: d/dx x = 1.
        double d = Nested.Derivative(x => Nested.Derivative(y => x * y, (NestedDual)5.0), 2.0);
        Assert.Equal(1.0, d);
        // d/dx [x² · d/dy (x·y²)] at y = 1 = d/dx [x² · 2x] = 6x²
        double e = Nested.Derivative(x => x * x * Nested.Derivative(y => x * y * y, (NestedDual)1.0), 1.5);
        Assert.Equal(6 * 1.5 * 1.5, e, 1e-12);
    }

    [Fact]
    public void DoubleOverload_InsideAnotherDerivative_ThrowsWhenItWouldDropTheOuterVariable()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Nested.Derivative(x => x * Nested.Derivative(y => x * y, 1.0), 2.0));
        Assert.Contains("NestedDual", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.2)]
    [InlineData(0.4)]
    [InlineData(2.0)]
    public void SecondDerivatives_FromTheRulesTable_MatchAnalytic(double x0)
    {
        static double Second(Func<NestedDual, NestedDual> f, double x) =>
            Nested.Derivative(a => Nested.Derivative(f, a), x);

        double t = Math.Tanh(x0), s = 1 / (1 + Math.Exp(-x0));
        Assert.Equal(-Math.Sin(x0), Second(NestedDual.Sin, x0), 1e-14);
        Assert.Equal(-2 * t * (1 - t * t), Second(NestedDual.Tanh, x0), 1e-14);
        Assert.Equal(s * (1 - s) * (1 - 2 * s), Second(NestedDual.Sigmoid, x0), 1e-14);
        Assert.Equal(2 / Math.Pow(Math.Cos(x0), 2) * Math.Tan(x0), Second(NestedDual.Tan, x0), 1e-12);
        Assert.Equal(-1 / (x0 * x0), Second(a => NestedDual.Log(NestedDual.Abs(a)), x0), 1e-12);
        Assert.Equal(12 * x0 * x0, Second(a => NestedDual.Pow(a, 4), x0), 1e-12);
    }

    [Fact]
    public void ThirdDerivative_OfXCubed_IsSix()
    {
        double d3 = Nested.Derivative(
            a => Nested.Derivative(b => Nested.Derivative(c => c * c * c, b), a), 0.7);
        Assert.Equal(6.0, d3, 1e-13);
    }

    [Fact]
    public void FirstDerivative_AgreesWithDualForwardMode()
    {
        foreach (double x in new[] { -0.9, 0.2, 1.7 })
        {
            double nested = Nested.Derivative(a => NestedDual.Exp(NestedDual.Sin(a)) / (1.0 + a * a), x);
            double dual = Forward.Derivative(a => Dual.Exp(Dual.Sin(a)) / (1.0 + a * a), x);
            Assert.Equal(dual, nested, 1e-15);
        }
    }

    [Fact]
    public void Constant_HasNoTagAndZeroTangent()
    {
        NestedDual c = 4.0;
        Assert.True(c.IsConstant);
        Assert.Equal(0L, c.Tag);
        Assert.Equal(0.0, c.Tangent.Primal);
        Assert.Equal(4.0, c.Primal);
    }
}
