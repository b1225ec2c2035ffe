using AutoDiff.Nn;
using BenchmarkDotNet.Attributes;

namespace Benchmarks;

/// <summary>
/// micrograd's demo workload: MLP(2, [16, 16, 1]) on 100 two-moons points, SVM max-margin loss
/// + 1e-4·L2, one full-batch SGD step (micrograd: about 1.5 s). Baseline: the same step written by
/// hand in plain double loops (<see cref="HandWrittenMlpStep"/>); target: the library's step ≤ 5×.
/// Every invocation restarts from the same parameters (the copy is 337 numbers).
/// </summary>
[Config(typeof(RatioRunConfig))]
public class MicrogradBenchmarks
{
    private readonly Dataset data = TwoMoons.Generate(100, 0.1);
    private readonly double[] initial = new Mlp(2, [16, 16, 1]).Parameters;
    private readonly double[] byHand = new double[337];
    private readonly HandWrittenMlpStep handStep = new(2, [16, 16, 1]);
    private Trainer fused = null!;
    private Trainer scalar = null!;

    [GlobalSetup]
    public void Setup()
    {
        fused = new Trainer(new Mlp(2, [16, 16, 1]), data, fused: true);
        scalar = new Trainer(new Mlp(2, [16, 16, 1]), data, fused: false);
        // The baseline must compute the same step, or the ratio means nothing.
        MicrogradStepCheck.ThrowUnlessEqual(data, fused);
        MicrogradStepCheck.ThrowUnlessEqual(data, scalar);
    }

    [Benchmark(Baseline = true, Description = "step by hand (double loops)")]
    public double ByHand()
    {
        initial.CopyTo(byHand, 0);
        return handStep.Step(byHand, data.X, data.Y, 1.0);
    }

    [Benchmark(Description = "Trainer.Step, fused (one node per neuron)")]
    public double Fused() => Step(fused);

    [Benchmark(Description = "Trainer.Step, scalar (micrograd's graph)")]
    public double Scalar() => Step(scalar);

    private double Step(Trainer trainer)
    {
        initial.CopyTo(trainer.Model.Parameters, 0);
        return trainer.Step(0, 1.0).Loss;
    }
}
