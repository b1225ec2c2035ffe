namespace AutoDiff.Tests;

public class JacobianTests
{
    // R² → R³: (x·y, sin x, eʸ·x)
    private static T[] Tall<T>(T[] v) where T : IScalar<T> => [v[0] * v[1], T.Sin(v[0]), T.Exp(v[1]) * v[0]];

    // R³ → R²: (x + y·z, x·y·z / (1 + x²))
    private static T[] Wide<T>(T[] v) where T : IScalar<T> =>
        [v[0] + v[1] * v[2], v[0] * v[1] * v[2] / (1.0 + v[0] * v[0])];

    private static double[,] NumericJacobian(Func<Real[], Real[]> f, double[] x, int m)
    {
        var j = new double[m, x.Length];
        for (int row = 0; row < m; row++)
        {
            int r = row;
            var g = Numeric.Grad(p => f(p.Select(d => new Real(d)).ToArray())[r].Primal, x);
            for (int c = 0; c < x.Length; c++) j[row, c] = g[c];
        }
        return j;
    }

    private static void AssertClose(double[,] expected, double[,] actual, double tolerance, string what)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (int i = 0; i < expected.GetLength(0); i++)
        for (int k = 0; k < expected.GetLength(1); k++)
            Assert.True(Math.Abs(expected[i, k] - actual[i, k]) <= tolerance * Math.Max(1, Math.Abs(expected[i, k])),
                $"{what} J[{i},{k}]: expected {expected[i, k]:R}, got {actual[i, k]:R}");
    }

    [Fact]
    public void TallJacobian_ForwardReverseNumericAndAnalyticAgree()
    {
        double[] x = [0.7, -1.3];
        var forward = Jacobian.ForwardMode(Tall, x);
        var reverse = Jacobian.ReverseMode(Tall, x);
        double[,] analytic =
        {
            { x[1], x[0] },
            { Math.Cos(x[0]), 0 },
            { Math.Exp(x[1]), Math.Exp(x[1]) * x[0] },
        };
        AssertClose(analytic, forward.Matrix, 1e-15, "forward");
        AssertClose(analytic, reverse.Matrix, 1e-15, "reverse");
        AssertClose(analytic, NumericJacobian(Tall, x, 3), 1e-8, "numeric");
        Assert.Equal(2, forward.Passes);
        Assert.Equal(3, reverse.Passes);
    }

    [Theory]
    [InlineData(0.5, 2.0, -1.0)]
    [InlineData(-3.0, 0.1, 4.0)]
    public void WideJacobian_ForwardEqualsReverseEqualsNumeric(double a, double b, double c)
    {
        double[] x = [a, b, c];
        var forward = Jacobian.ForwardMode(Wide, x);
        var reverse = Jacobian.ReverseMode(Wide, x);
        AssertClose(forward.Matrix, reverse.Matrix, 1e-14, "forward vs reverse");
        AssertClose(forward.Matrix, NumericJacobian(Wide, x, 2), 1e-8, "numeric");
        Assert.Equal((3, "forward"), (forward.Passes, forward.Mode));
        Assert.Equal((2, "reverse"), (reverse.Passes, reverse.Mode));
        Assert.Equal([a, b, c], x);
    }

    [Fact]
    public void Reverse_Operations_CountTraceAndEverySweep()
    {
        // (x + y·z, x·y·z / (1 + x²)): trace = mul, add | mul, mul, mul, add, div = 7 operations;
        // sweep 1 reaches 2 of them, sweep 2 reaches 5.
        var reverse = Jacobian.ReverseMode(Wide, [1.0, 2.0, 3.0]);
        Assert.Equal(7 + 2 + 5, reverse.Operations);
    }

    [Fact]
    public void Reverse_ConstantOutput_HasZeroRow()
    {
        var reverse = Jacobian.ReverseMode(v => [v[0] * v[1], Value.Constant(5)], [2.0, 3.0]);
        Assert.Equal(0.0, reverse.Matrix[1, 0]);
        Assert.Equal(0.0, reverse.Matrix[1, 1]);
        Assert.Equal(3.0, reverse.Matrix[0, 0]);
    }
}
