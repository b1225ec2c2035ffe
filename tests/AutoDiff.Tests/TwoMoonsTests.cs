using AutoDiff.Nn;

namespace AutoDiff.Tests;

public class TwoMoonsTests
{
    [Fact]
    public void Generate_Default_HasHundredPointsHalfOfEachClass()
    {
        var data = TwoMoons.Generate();
        Assert.Equal(100, data.Count);
        Assert.Equal(50, data.Y.Count(y => y == -1));
        Assert.Equal(50, data.Y.Count(y => y == 1));
        Assert.All(data.X, x => Assert.Equal(2, x.Length));
    }

    [Fact]
    public void Generate_WithoutNoise_PointsLieOnTheirHalfCircles()
    {
        var data = TwoMoons.Generate(41, noise: 0);
        for (int i = 0; i < data.Count; i++)
        {
            double x = data.X[i][0], y = data.X[i][1];
            if (data.Y[i] < 0)
            {
                PrimitiveAssert.Close(1, x * x + y * y, 1e-12);                 // upper: unit circle, y ≥ 0
                Assert.True(y >= 0);
            }
            else
            {
                PrimitiveAssert.Close(1, (x - 1) * (x - 1) + (y - 0.5) * (y - 0.5), 1e-12); // lower: centre (1, ½)
                Assert.True(y <= 0.5);
            }
        }
    }

    [Fact]
    public void Generate_SameSeed_SamePoints_OtherSeed_OtherPoints()
    {
        var a = TwoMoons.Generate(seed: 3);
        var b = TwoMoons.Generate(seed: 3);
        var c = TwoMoons.Generate(seed: 4);
        Assert.Equal(a.X.SelectMany(p => p), b.X.SelectMany(p => p));
        Assert.Equal(a.Y, b.Y);
        Assert.NotEqual(a.X.SelectMany(p => p), c.X.SelectMany(p => p));
    }

    [Fact]
    public void Generate_Noise_HasRoughlyTheRequestedSpread()
    {
        // Distance from the point's own circle is about |N(0, σ²)|: mean σ·√(2/π) ≈ 0.08 for σ = 0.1.
        var data = TwoMoons.Generate(2000, noise: 0.1);
        double mean = Enumerable.Range(0, data.Count).Average(i =>
        {
            double x = data.X[i][0], y = data.X[i][1];
            double r = data.Y[i] < 0 ? Math.Sqrt(x * x + y * y) : Math.Sqrt((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5));
            return Math.Abs(r - 1);
        });
        Assert.InRange(mean, 0.06, 0.10);
    }

    [Fact]
    public void Generate_TooFewPoints_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoMoons.Generate(1));
}
