using AutoDiff.Nn;
using BenchmarkDotNet.Attributes;

namespace Benchmarks;

/// <summary>
/// micrograd's demo workload: MLP(2, [16, 16, 1]) on 100 two-moons points, SVM max-margin loss
/// + 1e-4·L2, one full-batch SGD step (micrograd: about 1.5 s; target ≤ 3 ms).
/// </summary>
[Config(typeof(RatioRunConfig))]
public class MicrogradBenchmarks
{
    private readonly Mlp model = new(2, [16, 16, 1]);
    private readonly Dataset data = TwoMoons.Generate(100, 0.1);
    private double[] initial = [];

    [GlobalSetup]
    public void Setup() => initial = (double[])model.Parameters.Clone();

    [Benchmark(Description = "MLP(2,[16,16,1]) step, 100 points")]
    public double TrainingStep()
    {
        // Every invocation is micrograd's step 0 from the same parameters (the copy is 337 numbers).
        initial.CopyTo(model.Parameters, 0);
        return Training.Step(model, data, 0, 1.0).Loss;
    }
}
