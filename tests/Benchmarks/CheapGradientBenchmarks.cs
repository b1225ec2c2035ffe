using AutoDiff;
using BenchmarkDotNet.Attributes;

namespace Benchmarks;

/// <summary>
/// The cheap-gradient principle: value and whole gradient by reverse mode cost a small constant
/// times the value alone. Ratio column = time ÷ the hand-written double code (target ≤ 5).
/// </summary>
[Config(typeof(RatioRunConfig))]
public class CheapGradientBenchmarks
{
    private readonly Tape tape = new(8 * Workloads.CheapGradientLength);
    private double[] x = [];
    private Real[] real = [];
    private Value[] variables = [];
    private double[] gradient = [];

    [GlobalSetup]
    public void Setup()
    {
        x = Workloads.Inputs(Workloads.CheapGradientLength);
        real = x.Select(v => new Real(v)).ToArray();
        variables = new Value[x.Length];
        gradient = new double[x.Length];
    }

    [Benchmark(Baseline = true, Description = "f by hand (double)")]
    public double ByHand() => Workloads.MixByHand(x);

    [Benchmark(Description = "f generic (Real)")]
    public double Generic() => Workloads.Mix(real).Primal;

    [Benchmark(Description = "f and ∇f, reverse mode (Value)")]
    public double ValueAndGradient()
    {
        tape.Clear();
        for (int i = 0; i < x.Length; i++) variables[i] = tape.Variable(x[i]);
        var y = Workloads.Mix(variables);
        tape.Backward(y);
        for (int i = 0; i < x.Length; i++) gradient[i] = variables[i].Adjoint;
        return y.Primal;
    }
}
