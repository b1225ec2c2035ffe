namespace AutoDiff.Tests;

// Dual numbers a + a′ε with ε² = 0.
public class DualTests
{
    [Fact]
    public void Product_OfTwoDuals_FollowsEpsilonSquaredIsZero()
    {
        // (a + a′ε)(b + b′ε) = ab + (a′b + ab′)ε
        var p = new Dual(3, 2) * new Dual(-1, 5);
        Assert.Equal(new Dual(-3, 2 * -1 + 3 * 5), p);
    }

    [Fact]
    public void Quotient_OfTwoDuals_FollowsTheQuotientRule()
    {
        // (a + a′ε)/(b + b′ε) = a/b + (a′b − ab′)/b² ε
        var q = new Dual(3, 2) / new Dual(4, 5);
        PrimitiveAssert.Close(0.75, q.Primal);
        PrimitiveAssert.Close((2.0 * 4 - 3 * 5) / 16, q.Tangent);
    }

    [Fact]
    public void ImplicitConversion_FromDouble_IsAConstantWithZeroTangent()
    {
        Dual c = 2.5;
        Assert.Equal(new Dual(2.5, 0), c);
        Assert.Equal(Dual.Constant(2.5), c);
        Assert.Equal(new Dual(7, 1), Dual.Variable(7));
    }

    [Fact]
    public void Sqrt_OfConstantZero_HasZeroTangentNotNaN()
    {
        // The partial 1/(2√0) is infinite but a zero tangent carries nothing: 0, not ∞·0 = NaN.
        Assert.Equal(0.0, Dual.Sqrt(Dual.Constant(0)).Tangent);
    }

    [Fact]
    public void ToString_ShowsPrimalAndTangentInvariantly() =>
        Assert.Equal("1.5 + -0.25ε", new Dual(1.5, -0.25).ToString());
}
