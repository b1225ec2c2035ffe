using AutoDiff.Nn;
using Benchmarks;

namespace AutoDiff.Tests;

/// <summary>The benchmark's baseline, micrograd's step written by hand with no tape, computes the
/// same step as the library (fused and scalar): if either drifts, the benchmark's ratio compares
/// different work.</summary>
public class HandWrittenStepTests
{
    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 0)]
    [InlineData(true, 5)]
    public void LibraryStep_EqualsTheHandWrittenStep_LossAndParameters(bool fused, int stepsBefore)
    {
        var data = TwoMoons.Generate(100, 0.1);
        var trainer = new Trainer(new Mlp(2, [16, 16, 1]), data, fused: fused);
        for (int k = 0; k < stepsBefore; k++) trainer.Step(k, 0.5); // also away from the initial point

        var (loss, parameter) = MicrogradStepCheck.Difference(data, trainer);

        Assert.True(loss <= 1e-12, $"loss differs by {loss:G3}");
        Assert.True(parameter <= 1e-12, $"parameters differ by up to {parameter:G3}");
    }

    [Fact]
    public void HandWrittenGradient_MatchesReverseModeOfTheScalarGraph()
    {
        // Independent of the trainer: ∂L/∂p by Reverse.Grad over the loss written out on Value.
        var data = TwoMoons.Generate(20, 0.1, seed: 3);
        var model = new Mlp(2, [4, 3, 1]);
        var hand = new HandWrittenMlpStep(2, [4, 3, 1]);
        hand.Step((double[])model.Parameters.Clone(), data.X, data.Y, learningRate: 0);

        var gradient = Reverse.Grad(p =>
        {
            var tape = p[0].Tape!;
            Value loss = Value.Constant(0);
            for (int i = 0; i < data.Count; i++)
            {
                var score = model.ForwardScalar(p, [.. data.X[i].Select(v => tape.Constant(v))])[0];
                loss += Value.Relu(1.0 - data.Y[i] * score);
            }
            Value penalty = Value.Constant(0);
            foreach (var w in p) penalty += w * w;
            return loss / data.Count + 1e-4 * penalty;
        }, model.Parameters);

        for (int i = 0; i < gradient.Length; i++) Assert.Equal(gradient[i], hand.Gradient[i], 1e-12);
    }

    [Fact]
    public void TrainerStep_AfterTheFirst_ReusesItsTape()
    {
        var trainer = new Trainer(new Mlp(2, [16, 16, 1]), TwoMoons.Generate(100));
        trainer.Step(0, 0.1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        trainer.Step(1, 0.1);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1024, $"the second step allocated {allocated} bytes");
    }
}
