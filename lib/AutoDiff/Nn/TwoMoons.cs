namespace AutoDiff.Nn;

/// <summary>
/// The "two moons" toy data set (scikit-learn's <c>make_moons</c>): two interleaving half circles.
/// The upper moon is (cos t, sin t) and the lower (1 − cos t, ½ − sin t) for t evenly spaced in
/// [0, π]; the points are shuffled and Gaussian noise of standard deviation <c>noise</c> is added.
/// Labels: −1 for the upper moon, +1 for the lower (micrograd's y·2 − 1).
/// </summary>
public static class TwoMoons
{
    /// <summary>Generates <paramref name="count"/> points, the same ones for the same seed.</summary>
    public static Dataset Generate(int count = 100, double noise = 0.1, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        int outer = count / 2, inner = count - outer;
        var x = new double[count][];
        var y = new int[count];
        for (int i = 0; i < outer; i++)
        {
            double t = Spaced(i, outer);
            x[i] = [Math.Cos(t), Math.Sin(t)];
            y[i] = -1;
        }
        for (int i = 0; i < inner; i++)
        {
            double t = Spaced(i, inner);
            x[outer + i] = [1 - Math.Cos(t), 0.5 - Math.Sin(t)];
            y[outer + i] = 1;
        }

        var random = new Random(seed);
        Shuffle(random, x, y);
        foreach (var point in x)
        {
            point[0] += noise * Gaussian(random);
            point[1] += noise * Gaussian(random);
        }
        return new Dataset(x, y);
    }

    // numpy's linspace(0, π, n): n points including both ends.
    private static double Spaced(int i, int n) => n == 1 ? 0 : Math.PI * i / (n - 1);

    private static void Shuffle(Random random, double[][] x, int[] y)
    {
        for (int i = x.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (x[i], x[j]) = (x[j], x[i]);
            (y[i], y[j]) = (y[j], y[i]);
        }
    }

    // Box–Muller: a standard normal sample from two uniform ones (1 − u keeps the log finite).
    private static double Gaussian(Random random)
    {
        double u = 1 - random.NextDouble(), v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
