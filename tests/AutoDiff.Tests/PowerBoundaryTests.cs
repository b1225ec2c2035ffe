namespace AutoDiff.Tests;

// The power rules where floating point is treacherous: base 0, negative bases, a traced exponent.
// Expected values are the textbook derivatives, written here independently of Rules.cs.
public class PowerBoundaryTests
{
    // d/dx xᵖ at x = 0: p·0ᵖ⁻¹, which is 0 for p = 0 (x⁰ = 1 is constant), ∞ for 0 < p < 1, 1 for
    // p = 1 and 0 for p > 1.
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, double.PositiveInfinity)]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.0)]
    public void PowConst_AtZero_DerivativeIsTheLimitInEveryMode(double p, double expected)
    {
        Assert.Equal(expected, Reverse.Derivative(x => Value.Pow(x, p), 0.0));
        Assert.Equal(expected, Forward.Derivative(x => Dual.Pow(x, p), 0.0));
        Assert.Equal(expected, Nested.Derivative(x => NestedDual.Pow(x, p), 0.0));
    }

    // d²/dx² xᵖ at 0 = p(p − 1)·0ᵖ⁻²: 0 for p = 0 and p = 1, 2 for p = 2, 0 for p = 3.
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 2.0)]
    [InlineData(3.0, 0.0)]
    public void PowConst_AtZero_SecondDerivativeByNestedDualsIsTheLimit(double p, double expected) =>
        Assert.Equal(expected, Nested.Derivative(x => Nested.Derivative(y => NestedDual.Pow(y, p), x), 0.0));

    [Theory]
    [InlineData(-2.0, 2.0, -4.0)]     // 2x
    [InlineData(-2.0, 3.0, 12.0)]     // 3x²
    [InlineData(-1.5, -1.0, -1 / 2.25)] // −x⁻²
    [InlineData(-0.5, 4.0, -0.5)]     // 4x³
    public void PowConst_NegativeBaseIntegerExponent_DerivativeIsPTimesXToPMinusOne(double x, double p, double expected) =>
        PrimitiveAssert.Derivative(v => Value.Pow(v, p), v => Dual.Pow(v, p), x, expected);

    [Theory]
    [InlineData(2.0, 3.0)]
    [InlineData(0.5, -1.5)]
    [InlineData(3.0, 0.0)]
    public void Pow_TracedExponentPositiveBase_PartialsAreBXToBMinusOneAndXToBLnX(double x, double b) =>
        PrimitiveAssert.Partials(Value.Pow, Dual.Pow, x, b,
            b * Math.Pow(x, b - 1), Math.Pow(x, b) * Math.Log(x), 1e-12);

    [Fact]
    public void Pow_TracedExponentAtZeroBase_PositiveExponent_BothPartialsAreExact() =>
        // ∂/∂x 0ᵇ = b·0ᵇ⁻¹ = 0 for b = 2; ∂/∂b 0ᵇ = 0 because 0ᵇ = 0 for every b > 0.
        PrimitiveAssert.Partials(Value.Pow, Dual.Pow, 0, 2, 0, 0);

    [Fact]
    public void Pow_TracedExponentAtZeroZero_BaseDerivativeIsZeroExponentDerivativeUndefined()
    {
        var reverse = Reverse.Grad(v => Value.Pow(v[0], v[1]), [0.0, 0.0]);
        var forward = Forward.Grad(v => Dual.Pow(v[0], v[1]), [0.0, 0.0]);
        Assert.Equal(0.0, reverse[0]);
        Assert.Equal(0.0, forward[0]);
        Assert.True(double.IsNaN(reverse[1]), $"∂/∂b should be NaN (0ᵇ jumps at b = 0), got {reverse[1]}");
        Assert.True(double.IsNaN(forward[1]), $"∂/∂b should be NaN (0ᵇ jumps at b = 0), got {forward[1]}");
    }

    [Fact]
    public void Pow_TracedExponentNegativeBase_BaseDerivativeExactExponentDerivativeUndefined()
    {
        var reverse = Reverse.Grad(v => Value.Pow(v[0], v[1]), [-2.0, 3.0]);
        var forward = Forward.Grad(v => Dual.Pow(v[0], v[1]), [-2.0, 3.0]);
        Assert.Equal(12.0, reverse[0]);
        Assert.Equal(12.0, forward[0]);
        Assert.True(double.IsNaN(reverse[1]) && double.IsNaN(forward[1]), "(−2)ᵇ is not real near b = 3");
    }

    [Fact]
    public void Pow_TracedExponent_NestedSecondPartialMatchesAnalytic()
    {
        // ∂²(xᵇ)/∂b∂x = xᵇ⁻¹ + b·xᵇ⁻¹·ln x at (x, b) = (2, 3): 4 + 12 ln 2.
        double mixed = Nested.Derivative(b => Nested.Derivative(x => NestedDual.Pow(x, b), (NestedDual)2.0), 3.0);
        PrimitiveAssert.Close(4 + 12 * Math.Log(2), mixed);
    }
}
