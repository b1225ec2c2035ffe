using System.Diagnostics;

namespace AutoDiff;

/// <summary>
/// Counts what forward and reverse mode cost on fixed test functions, as data for the "which mode
/// wins" chart. Operations are counted, not estimated: the function is traced once on a
/// <see cref="Tape"/> to count the primitive operations in one evaluation (forward mode repeats
/// them once per input), and each backward sweep counts the operations its output depends on
/// (the nodes it multiplies an adjoint through).
/// </summary>
public static class CostModel
{
    /// <summary>
    /// The gradient of f(x) = Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ mod n (3n − 1 operations; every input matters) for each
    /// n in <paramref name="inputCounts"/>. Forward mode costs n × (3n − 1): quadratic in n; reverse
    /// mode costs the trace plus one sweep: linear in n. Times are measured once each, for a chart;
    /// forward mode's n² work makes n = 10⁴ take tens of seconds in a Debug build.
    /// </summary>
    public static IReadOnlyList<GradientCostRow> GradientCost(IReadOnlyList<int> inputCounts)
    {
        ArgumentNullException.ThrowIfNull(inputCounts);
        var rows = new List<GradientCostRow>(inputCounts.Count);
        // Run both modes once untimed, so the first row does not include JIT compilation.
        AutoDiff.Forward.Grad(CyclicSum, TestPoint(2));
        AutoDiff.Reverse.Grad(CyclicSum, TestPoint(2));
        foreach (int n in inputCounts)
        {
            Guard.Positive(n, nameof(inputCounts));
            var x = TestPoint(n);
            var (perEvaluation, sweep) = Trace(x, v => [CyclicSum(v)]);
            double forwardMs = Time(() => AutoDiff.Forward.Grad(CyclicSum, x));
            double reverseMs = Time(() => AutoDiff.Reverse.Grad(CyclicSum, x));
            rows.Add(new GradientCostRow(n, n * perEvaluation, perEvaluation + sweep, forwardMs, reverseMs));
        }
        return rows;
    }

    /// <summary>
    /// The Jacobian of f: ℝⁿ → ℝᵐ, fⱼ(x) = s(x)·x₍ⱼ mod n₎ with s(x) = Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ mod n a body
    /// of 3n − 1 operations that every output shares (like the hidden layers under a network's
    /// outputs), for each m in <paramref name="outputCounts"/>. One evaluation costs 3n − 1 + m
    /// operations. Forward mode repeats it n times; reverse mode traces it once and sweeps back
    /// through the body once per output (3n operations each). So forward costs about n(3n + m) and
    /// reverse about 3nm: reverse wins for wide Jacobians (m small) and forward for tall ones, with
    /// the crossover near m = 1.5n.
    /// </summary>
    public static IReadOnlyList<JacobianCostRow> JacobianCost(int inputs, IReadOnlyList<int> outputCounts)
    {
        Guard.Positive(inputs, nameof(inputs));
        ArgumentNullException.ThrowIfNull(outputCounts);
        var x = TestPoint(inputs);
        var rows = new List<JacobianCostRow>(outputCounts.Count);
        foreach (int m in outputCounts)
        {
            Guard.Positive(m, nameof(outputCounts));
            var (perEvaluation, sweeps) = Trace(x, v => SharedBody(v, m));
            rows.Add(new JacobianCostRow(inputs, m, inputs * perEvaluation, perEvaluation + sweeps));
        }
        return rows;
    }

    /// <summary>Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ mod n, written once for every number type.</summary>
    internal static T CyclicSum<T>(T[] x) where T : IScalar<T>
    {
        T sum = T.Sin(x[0]) * x[1 % x.Length];
        for (int i = 1; i < x.Length; i++) sum += T.Sin(x[i]) * x[(i + 1) % x.Length];
        return sum;
    }

    /// <summary>fⱼ(x) = s(x)·x₍ⱼ mod n₎ with s the cyclic sum, for j = 0 … m − 1.</summary>
    internal static T[] SharedBody<T>(T[] x, int outputs) where T : IScalar<T>
    {
        T s = CyclicSum(x);
        var y = new T[outputs];
        for (int j = 0; j < outputs; j++) y[j] = s * x[j % x.Length];
        return y;
    }

    // Traces f once: the operations of one evaluation, and those of one backward sweep per output.
    private static (long PerEvaluation, long Sweeps) Trace(double[] x, Func<Value[], Value[]> f)
    {
        var tape = Tape.ForInputs(x.Length);
        var y = f(tape.Variables(x));
        long sweeps = 0;
        foreach (var output in y) sweeps += TapeWork.SweepOperations(tape, output.Index);
        return (TapeWork.Operations(tape), sweeps);
    }

    // A fixed, non-special point: no input is 0, so no product vanishes.
    private static double[] TestPoint(int n)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = 0.5 + 0.1 * (i % 7);
        return x;
    }

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalMilliseconds;
    }
}
