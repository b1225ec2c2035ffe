namespace AutoDiff.Tests;

/// <summary>A function written once as a <see cref="VectorFunction"/>: both modes run it, agree
/// with the analytic Jacobian, and count their operations.</summary>
public class JacobianVectorFunctionTests
{
    // f: ℝ³ → ℝ², f(x) = (x₀x₁ + sin x₂, x₀ + x₁x₂): five primitives (×, sin, +, ×, +).
    private sealed class F : VectorFunction
    {
        public override T[] Apply<T>(T[] x) => [x[0] * x[1] + T.Sin(x[2]), x[0] + x[1] * x[2]];
    }

    private static readonly double[] X = [1.0, 2.0, 0.5];

    // J = [[x₁, x₀, cos x₂], [1, x₂, x₁]] at (1, 2, 0.5).
    private static readonly double[,] Analytic = { { 2.0, 1.0, Math.Cos(0.5) }, { 1.0, 0.5, 2.0 } };

    [Fact]
    public void Forward_VectorFunction_MatchesAnalyticAndCountsNPassesOfFiveOperations()
    {
        var result = Jacobian.ForwardMode(new F(), X);

        AssertEqual(Analytic, result.Matrix);
        Assert.Equal(3, result.Passes);
        Assert.True(result.IsCounted);
        Assert.Equal(3 * 5, result.Operations);
    }

    [Fact]
    public void Reverse_VectorFunction_MatchesAnalyticAndCountsTraceAndTwoSweeps()
    {
        var result = Jacobian.ReverseMode(new F(), X);

        AssertEqual(Analytic, result.Matrix);
        Assert.Equal(2, result.Passes);
        // Trace: 5 operations. Sweep from f₀ (×, sin, +): 3. Sweep from f₁ (×, +): 2.
        Assert.Equal(5 + 3 + 2, result.Operations);
    }

    [Fact]
    public void Forward_DualFunction_SaysItDidNotCount()
    {
        var result = Jacobian.ForwardMode(new F().Apply<Dual>, X);

        AssertEqual(Analytic, result.Matrix);
        Assert.False(result.IsCounted);
    }

    private static void AssertEqual(double[,] expected, double[,] actual)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (int i = 0; i < expected.GetLength(0); i++)
        for (int j = 0; j < expected.GetLength(1); j++)
            Assert.Equal(expected[i, j], actual[i, j], 15);
    }
}
