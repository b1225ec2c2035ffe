namespace AutoDiff.Tests;

// Forward mode (JVPs with dual numbers) against hand-derived gradients and against reverse mode.
public class ForwardModeTests
{
    private static T F<T>(T x, T y) where T : IScalar<T> => x * x * y + T.Sin(x);

    [Theory]
    [InlineData(2.0, 3.0)]
    [InlineData(-0.5, 1.5)]
    public void Grad_XSquaredYPlusSinX_IsTwoXYPlusCosXAndXSquared(double x, double y)
    {
        var grad = Forward.Grad(v => F(v[0], v[1]), [x, y]);
        PrimitiveAssert.Close(2 * x * y + Math.Cos(x), grad[0]);
        PrimitiveAssert.Close(x * x, grad[1]);
    }

    [Fact]
    public void Jvp_AlongDirection_IsGradientDotDirection()
    {
        double x = 1.2, y = -0.7, vx = 0.3, vy = 2;
        var (value, tangent) = Forward.Jvp(v => F(v[0], v[1]), [x, y], [vx, vy]);
        PrimitiveAssert.Close(x * x * y + Math.Sin(x), value);
        PrimitiveAssert.Close((2 * x * y + Math.Cos(x)) * vx + x * x * vy, tangent);
    }

    [Fact]
    public void Jvp_OfVectorFunction_IsJacobianTimesDirection()
    {
        // y = (x0·x1, exp x1); J·v = (x1·v0 + x0·v1, exp(x1)·v1).
        double x0 = 0.5, x1 = 1.5, v0 = -1, v1 = 2;
        var (value, tangent) = Forward.Jvp(v => [v[0] * v[1], Dual.Exp(v[1])], [x0, x1], [v0, v1]);
        Assert.Equal([x0 * x1, Math.Exp(x1)], value);
        PrimitiveAssert.Close(x1 * v0 + x0 * v1, tangent[0]);
        PrimitiveAssert.Close(Math.Exp(x1) * v1, tangent[1]);
    }

    [Theory]
    [InlineData(0.3, 1.1, -0.4)]
    [InlineData(2.0, 0.5, 1.0)]
    public void Grad_OfMixedFunction_EqualsReverseMode(double a, double b, double c)
    {
        static T G<T>(T[] v) where T : IScalar<T> =>
            T.Tanh(v[0] * v[1]) / (1.0 + v[2] * v[2]) + T.Pow(T.Sigmoid(v[1]), v[0]) - T.Max(v[0], T.Exp(v[2]));
        var forward = Forward.Grad(G, [a, b, c]);
        var reverse = Reverse.Grad(G, [a, b, c]);
        for (int i = 0; i < 3; i++) PrimitiveAssert.Close(forward[i], reverse[i], 1e-14);
    }

    [Fact]
    public void Jvp_DirectionOfWrongLength_ThrowsSayingOneTangentPerInput()
    {
        var error = Assert.Throws<ArgumentException>(() => Forward.Jvp(v => v[0] * v[1], [1.0, 2.0], [1.0]));
        Assert.Contains("one tangent per input", error.Message, StringComparison.Ordinal);
    }
}
