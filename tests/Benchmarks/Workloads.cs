using AutoDiff;

namespace Benchmarks;

/// <summary>The functions the benchmarks differentiate, written once, generic over the number type.</summary>
public static class Workloads
{
    /// <summary>Six primitives per element (sin, ×, +, ×, exp, +): ~10⁶ operations for 166,667 inputs.</summary>
    public const int CheapGradientLength = 166_667;

    /// <summary>f(x) = Σᵢ sin(xᵢ)·xᵢ₊₁ + exp(xᵢ·xᵢ₊₁).</summary>
    public static T Mix<T>(T[] x) where T : IScalar<T>
    {
        T sum = T.Constant(0);
        for (int i = 0; i + 1 < x.Length; i++)
            sum = sum + T.Sin(x[i]) * x[i + 1] + T.Exp(x[i] * x[i + 1]);
        return sum;
    }

    /// <summary>The same f written by hand on doubles: the fastest plain code.</summary>
    public static double MixByHand(double[] x)
    {
        double sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
            sum = sum + Math.Sin(x[i]) * x[i + 1] + Math.Exp(x[i] * x[i + 1]);
        return sum;
    }

    /// <summary>g(x) = Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ mod n: every input matters, for any n ≥ 1.</summary>
    public static T Ring<T>(T[] x) where T : IScalar<T>
    {
        T sum = T.Constant(0);
        for (int i = 0; i < x.Length; i++) sum = sum + T.Sin(x[i]) * x[(i + 1) % x.Length];
        return sum;
    }

    /// <summary>Deterministic inputs in [−1, 1).</summary>
    public static double[] Inputs(int n, int seed = 42)
    {
        var random = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = random.NextDouble() * 2 - 1;
        return x;
    }
}
