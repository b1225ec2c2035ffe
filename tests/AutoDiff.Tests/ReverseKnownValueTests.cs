namespace AutoDiff.Tests;

// Reverse mode against derivatives worked out by hand.
public class ReverseKnownValueTests
{
    private static T F<T>(T x, T y) where T : IScalar<T> => x * x * y + T.Sin(x);

    [Theory]
    [InlineData(2.0, 3.0)]
    [InlineData(-1.0, 0.5)]
    [InlineData(0.0, -4.0)]
    public void XSquaredYPlusSinX_AtPoint_GradientIsTwoXYPlusCosXAndXSquared(double x, double y)
    {
        var tape = new Tape();
        var vx = tape.Variable(x, "x");
        var vy = tape.Variable(y, "y");
        var f = F(vx, vy);
        f.Backward();

        PrimitiveAssert.Close(x * x * y + Math.Sin(x), f.Primal);
        PrimitiveAssert.Close(2 * x * y + Math.Cos(x), vx.Adjoint);
        PrimitiveAssert.Close(x * x, vy.Adjoint);
    }

    [Fact]
    public void FunctionalGrad_OfXSquaredYPlusSinX_MatchesTheTapeApi()
    {
        var (value, gradient) = Reverse.ValueAndGrad(v => F(v[0], v[1]), [2.0, 3.0]);
        PrimitiveAssert.Close(4 * 3 + Math.Sin(2), value);
        PrimitiveAssert.Close(2 * 2 * 3 + Math.Cos(2), gradient[0]);
        PrimitiveAssert.Close(4, gradient[1]);
    }

    [Fact]
    public void ReusedValue_BEqualsAPlusA_CEqualsBPlusB_GivesDcDaOfFour()
    {
        var tape = new Tape();
        var a = tape.Variable(-3, "a");
        var b = a + a;
        var c = b + b;
        c.Backward();
        Assert.Equal(4.0, a.Adjoint);
        Assert.Equal(2.0, b.Adjoint);
    }

    [Fact]
    public void SameNodeAsBothOperands_XTimesX_GivesTwoX()
    {
        Assert.Equal(2 * 1.25, Reverse.Derivative(x => x * x, 1.25));
    }

    [Fact]
    public void Vjp_OfTwoOutputs_IsCotangentTimesJacobian()
    {
        // y = (x0·x1, sin x0); J = [[x1, x0], [cos x0, 0]]; uᵀJ = (u0·x1 + u1·cos x0, u0·x0).
        double x0 = 0.4, x1 = -2, u0 = 3, u1 = 5;
        var vjp = Reverse.Vjp(v => [v[0] * v[1], Value.Sin(v[0])], [x0, x1], [u0, u1]);
        PrimitiveAssert.Close(u0 * x1 + u1 * Math.Cos(x0), vjp[0]);
        PrimitiveAssert.Close(u0 * x0, vjp[1]);
    }
}
