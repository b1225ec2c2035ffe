namespace AutoDiff.Tests;

public class HessianTests
{
    private static T XSquaredY<T>(T[] v) where T : IScalar<T> => v[0] * v[0] * v[1] + T.Sin(v[0]);

    private static T Mixed<T>(T[] v) where T : IScalar<T> =>
        T.Exp(v[0] * v[1]) * v[2] + v[0] / (1.0 + v[1] * v[1]) + T.Tanh(v[2] * v[0]);

    [Theory]
    [InlineData(1.5, -2.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(-0.7, 3.0)]
    public void Hessian_XSquaredYPlusSinX_MatchesAnalytic(double x, double y)
    {
        var h = Hessian.Compute(XSquaredY, [x, y]);
        Assert.Equal(2 * y - Math.Sin(x), h[0, 0], 1e-13);
        Assert.Equal(2 * x, h[0, 1], 1e-13);
        Assert.Equal(2 * x, h[1, 0], 1e-13);
        Assert.Equal(0.0, h[1, 1], 1e-13);
    }

    [Fact]
    public void Hessian_EntriesComputedSeparately_AreSymmetric()
    {
        var h = Hessian.Compute(Mixed, [0.3, -0.8, 1.1]);
        for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            Assert.True(Math.Abs(h[i, j] - h[j, i]) <= 1e-13 * Math.Max(1, Math.Abs(h[i, j])),
                $"H[{i},{j}] = {h[i, j]:R} but H[{j},{i}] = {h[j, i]:R}");
    }

    [Fact]
    public void Hessian_MatchesCentralDifferencesOfTheReverseGradient()
    {
        double[] x = [0.3, -0.8, 1.1];
        var h = Hessian.Compute(Mixed, x);
        const double step = 1e-5;
        for (int j = 0; j < 3; j++)
        {
            var up = (double[])x.Clone();
            var down = (double[])x.Clone();
            up[j] += step;
            down[j] -= step;
            var gUp = Reverse.Grad(Mixed, up);
            var gDown = Reverse.Grad(Mixed, down);
            for (int i = 0; i < 3; i++)
            {
                double numeric = (gUp[i] - gDown[i]) / (2 * step);
                Assert.True(Math.Abs(numeric - h[i, j]) < 1e-7, $"H[{i},{j}] = {h[i, j]:R}, numeric {numeric:R}");
            }
        }
        Assert.Equal([0.3, -0.8, 1.1], x);
    }
}
