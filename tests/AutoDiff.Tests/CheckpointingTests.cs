namespace AutoDiff.Tests;

// Checkpointing recomputes segments: the same derivative to the last bit, fewer nodes at peak.
public class CheckpointingTests
{
    private const int Steps = 1000;
    private const double X0 = 0.3;

    // x ↦ x + 0.01·sin x, so dx_{i+1}/dx_i = 1 + 0.01·cos xᵢ: the product over 1000 steps stays
    // far from 0 (a chain whose derivative underflowed would make "bit-identical" vacuous).
    // Four nodes a step: sin, the constant 0.01, ×, +.
    private static Value Step(Value x) => x + 0.01 * Value.Sin(x);

    private static double StepByHand(double x) => x + 0.01 * Math.Sin(x);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(31)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Gradient_WithKCheckpoints_EqualsPlainReverseModeToTheLastBit(int k)
    {
        var plain = Checkpointing.Gradient(Step, X0, Steps, 0);
        var checkpointed = Checkpointing.Gradient(Step, X0, Steps, k);
        Assert.InRange(Math.Abs(plain.Derivative), 1e-3, 1e3);
        PrimitiveAssert.BitIdentical(plain.Derivative, checkpointed.Derivative);
        PrimitiveAssert.BitIdentical(plain.Output, checkpointed.Output);
    }

    [Fact]
    public void Gradient_PlainReverseMode_EqualsTheProductOfStepDerivatives()
    {
        // d x_n/d x_0 = Πᵢ (1 + 0.01·cos xᵢ), computed here in plain doubles.
        double x = X0, derivative = 1;
        for (int i = 0; i < Steps; i++)
        {
            derivative *= 1 + 0.01 * Math.Cos(x);
            x = StepByHand(x);
        }
        var plain = Checkpointing.Gradient(Step, X0, Steps, 0);
        PrimitiveAssert.Close(x, plain.Output);
        PrimitiveAssert.Close(derivative, plain.Derivative, 1e-10);
    }

    [Fact]
    public void Gradient_WithSqrtNCheckpoints_RetainsAboutOneSegmentOfNodes()
    {
        var plain = Checkpointing.Gradient(Step, X0, Steps, 0);
        var checkpointed = Checkpointing.Gradient(Step, X0, Steps, 32);

        Assert.Equal(1 + 4 * Steps, plain.PeakNodes);
        Assert.Equal(1 + 4 * 32, checkpointed.PeakNodes); // ⌈1000/32⌉ = 32 steps per segment
        Assert.True(checkpointed.PeakBytes * 10 < plain.PeakBytes);
    }

    [Fact]
    public void Gradient_CountsForwardAndRecomputedOperations()
    {
        var plain = Checkpointing.Gradient(Step, X0, Steps, 0);
        var checkpointed = Checkpointing.Gradient(Step, X0, Steps, 10);

        Assert.Equal(4L * Steps, plain.ForwardOperations);
        Assert.Equal(0L, plain.RecomputedOperations);
        Assert.Equal(4L * Steps, checkpointed.ForwardOperations);
        Assert.Equal(4L * (Steps - 100), checkpointed.RecomputedOperations); // all but the last of 10 segments
    }

    [Fact]
    public void Gradient_OneCheckpoint_IsPlainReverseModeWithoutRecomputation()
    {
        var plain = Checkpointing.Gradient(Step, X0, Steps, 0);
        var one = Checkpointing.Gradient(Step, X0, Steps, 1);
        Assert.Equal(plain.PeakNodes, one.PeakNodes);
        Assert.Equal(0L, one.RecomputedOperations);
    }

    [Fact]
    public void Sweep_ManyCounts_PeakFallsAsCheckpointsGrowUpToSqrtN()
    {
        var results = Checkpointing.Sweep(Step, X0, Steps, [0, 4, 16, 32]);
        Assert.Equal([0, 4, 16, 32], results.Select(r => r.Checkpoints));
        for (int i = 1; i < results.Count; i++)
            Assert.True(results[i].PeakNodes < results[i - 1].PeakNodes, $"k = {results[i].Checkpoints}");
        Assert.All(results, r => PrimitiveAssert.BitIdentical(results[0].Derivative, r.Derivative));
    }

    [Fact]
    public void Gradient_UnevenSegmentsAndMoreCheckpointsThanSteps_StillExact()
    {
        var plain = Checkpointing.Gradient(Step, X0, 10, 0);
        PrimitiveAssert.BitIdentical(plain.Derivative, Checkpointing.Gradient(Step, X0, 10, 3).Derivative);
        PrimitiveAssert.BitIdentical(plain.Derivative, Checkpointing.Gradient(Step, X0, 10, 50).Derivative);
    }

    [Fact]
    public void Gradient_ZeroSteps_IsTheIdentity()
    {
        var result = Checkpointing.Gradient(Step, X0, 0, 4);
        Assert.Equal(X0, result.Output);
        Assert.Equal(1.0, result.Derivative);
    }

    [Fact]
    public void Gradient_NegativeSteps_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Checkpointing.Gradient(Step, X0, -1, 0));
}
