using AutoDiff;
using BenchmarkDotNet.Attributes;

namespace Benchmarks;

/// <summary>
/// The gradient of f: ℝⁿ → ℝ by forward mode takes n passes (cost ∝ n²), by reverse mode one
/// trace and one sweep (cost ∝ n). Ratio column = forward ÷ reverse for the same n.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class ForwardVsReverseBenchmarks
{
    private double[] x = [];

    [Params(1, 10, 100, 1000, 10000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => x = Workloads.Inputs(N);

    [Benchmark(Baseline = true, Description = "∇f reverse (1 sweep)")]
    public double[] ReverseGradient() => Reverse.Grad(Workloads.Ring, x);

    [Benchmark(Description = "∇f forward (n passes)")]
    public double[] ForwardGradient() => Forward.Grad(Workloads.Ring, x);
}
