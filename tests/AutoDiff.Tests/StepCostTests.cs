using AutoDiff.Nn;

namespace AutoDiff.Tests;

// The cost of one MLP training step on its tape, scalar graph against fused nodes (exercise 1.2.40.7).
public class StepCostTests
{
    private static readonly Dataset Moons = TwoMoons.Generate(100, 0.1);

    // The tape of one step of Trainer, counted from its recording code for an MLP of
    // `inputs` → layerSizes on `examples` points:
    //   Bind: one Input per parameter (P of them), then Constant(0) for the data loss;
    //   per example: one Constant per input; per neuron of fan-in n, scalar: n Mul + n Add
    //   (the bias is a parameter node), fused: one Affine; hidden neurons add one Relu;
    //   then relu(1.0 + (−y)·score) and dataLoss += …: 2 Constants, Mul, Add, Relu, Add = 6;
    //   after the loop: dataLoss·(1/N) (Constant, Mul), the penalty (scalar: Constant(0) and
    //   Mul + Add per parameter; fused: one SumOfSquares), α·penalty (Constant, Mul), and the sum.
    private static (int Scalar, int Fused, int FusedOperands, int Runs) Expected(int inputs, int[] layerSizes, int examples)
    {
        int parameters = 0, scalarPerExample = inputs + 6, fusedPerExample = inputs + 6, affineOperands = 0, neurons = 0;
        int fanIn = inputs;
        for (int l = 0; l < layerSizes.Length; l++)
        {
            int n = layerSizes[l], relu = l < layerSizes.Length - 1 ? 1 : 0;
            parameters += n * (fanIn + 1);
            scalarPerExample += n * (2 * fanIn + relu);
            fusedPerExample += n * (1 + relu);
            affineOperands += n * (2 * fanIn + 1); // w, x and b
            neurons += n;
            fanIn = n;
        }
        int scalar = parameters + 1 + examples * scalarPerExample + 2 + (1 + 2 * parameters) + 2 + 1;
        int fused = parameters + 1 + examples * fusedPerExample + 2 + 1 + 2 + 1;
        // Each affine node lists three runs (w, x, b); the penalty's operands are the parameters,
        // bound one after the other: one run.
        return (scalar, fused, examples * affineOperands + parameters, examples * 3 * neurons + 1);
    }

    [Fact]
    public void Measure_Mlp2x16x16x1OnHundredPoints_CountsTheEntriesTheRecordingCodeImplies()
    {
        var model = new Mlp(2, [16, 16, 1]);

        var scalar = StepCost.Measure(new Trainer(model, Moons, fused: false), steps: 2, warmUpSteps: 0);
        var fused = StepCost.Measure(new Trainer(model, Moons, fused: true), steps: 2, warmUpSteps: 0);

        var expected = Expected(2, [16, 16, 1], 100);
        // By hand: P = 48 + 272 + 17 = 337; scalar per example 2 + 80 + 528 + 32 + 6 = 648,
        // fused per example 2 + 32 + 32 + 1 + 6 = 73.
        Assert.Equal((65_818, 7_644, 64_437, 9_901), expected);
        Assert.Equal(("scalar", expected.Scalar, 0, 0), (scalar.Graph, scalar.Entries, scalar.FusedOperands, scalar.OperandRuns));
        Assert.Equal(("fused", expected.Fused, expected.FusedOperands, expected.Runs), (fused.Graph, fused.Entries, fused.FusedOperands, fused.OperandRuns));
        Assert.Equal((long)expected.Scalar * 41, scalar.Bytes); // 24 + 8 + 1 bytes per entry, 8 per adjoint
        Assert.Equal((long)expected.Fused * 41 + (long)expected.Runs * 8, fused.Bytes);
    }

    [Theory]
    [InlineData(new[] { 4, 1 }, 20)]
    [InlineData(new[] { 3, 5, 2, 1 }, 7)]
    public void Measure_OtherArchitectures_CountsTheEntriesTheRecordingCodeImplies(int[] layerSizes, int examples)
    {
        var model = new Mlp(2, layerSizes, seed: 5);
        var data = TwoMoons.Generate(examples, 0.1);
        var expected = Expected(2, layerSizes, examples);

        var scalar = StepCost.Measure(new Trainer(model, data, fused: false), steps: 1, warmUpSteps: 0);
        var fused = StepCost.Measure(new Trainer(model, data, fused: true), steps: 1, warmUpSteps: 0);

        Assert.Equal(expected.Scalar, scalar.Entries);
        Assert.Equal((expected.Fused, expected.FusedOperands, expected.Runs), (fused.Entries, fused.FusedOperands, fused.OperandRuns));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Measure_ReportsTheTrainerTapeOfTheLastStep(bool isFused)
    {
        var trainer = new Trainer(new Mlp(2, [8, 1], seed: 3), TwoMoons.Generate(30, 0.1), fused: isFused);

        var cost = StepCost.Measure(trainer, steps: 3, warmUpSteps: 1);

        Assert.Equal(trainer.Tape.Count, cost.Entries);
        Assert.Equal(trainer.Tape.EstimatedBytes, cost.Bytes);
        Assert.Equal(TapeStats.Of(trainer.Tape).Bytes, cost.Bytes);
        Assert.Equal(trainer.Tape.FusedOperandCount, cost.FusedOperands);
        Assert.Equal(trainer.Tape.FusedOperandRuns, cost.OperandRuns);
        Assert.Equal(trainer.Loss.Primal, cost.Loss);
        Assert.Equal(3, cost.TimedSteps);
        Assert.True(cost.TimePerStep > TimeSpan.Zero, $"time per step {cost.TimePerStep}");
    }

    [Fact]
    public void Measure_FusedTape_HasFewerEntriesAndBytesAndTheSameLoss()
    {
        var model = new Mlp(2, [16, 16, 1]);

        var scalar = StepCost.Measure(new Trainer(model, Moons, fused: false), steps: 1, warmUpSteps: 0);
        var fused = StepCost.Measure(new Trainer(model, Moons, fused: true), steps: 1, warmUpSteps: 0);

        Assert.True(fused.Entries * 8 < scalar.Entries, $"{fused.Entries} fused entries against {scalar.Entries} scalar");
        Assert.True(fused.Bytes * 6 < scalar.Bytes, $"{fused.Bytes} fused bytes against {scalar.Bytes} scalar");
        PrimitiveAssert.Close(scalar.Loss, fused.Loss, 1e-12);
    }

    [Fact]
    public void Measure_LeavesTheParametersAsTheyWere_AndTimesTheSameStepEveryTime()
    {
        var model = new Mlp(2, [8, 8, 1], seed: 11);
        var trainer = new Trainer(model, TwoMoons.Generate(40, 0.1));
        var before = (double[])model.Parameters.Clone();
        double firstLoss = new Trainer(new Mlp(2, [8, 8, 1], seed: 11), trainer.Data).Step(0, 1.0).Loss;

        var cost = StepCost.Measure(trainer, steps: 5, warmUpSteps: 2);

        Assert.Equal(before, model.Parameters);
        Assert.Equal(firstLoss, cost.Loss); // the last timed step started from the same parameters as the first
    }

    [Fact]
    public void Measure_NullTrainer_SaysWhatToPass()
    {
        var e = Assert.Throws<ArgumentNullException>(() => StepCost.Measure(null!));
        Assert.Equal("trainer", e.ParamName);
        Assert.Contains("Pass the trainer to measure", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Measure_NoStepsToTime_SaysToPassAtLeastOne(int steps)
    {
        var trainer = new Trainer(new Mlp(2, [2, 1]), TwoMoons.Generate(4, 0.1));
        var before = (double[])trainer.Model.Parameters.Clone();

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StepCost.Measure(trainer, steps));

        Assert.Equal("steps", e.ParamName);
        Assert.Contains("pass at least 1", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, trainer.Tape.Count); // nothing ran
        Assert.Equal(before, trainer.Model.Parameters);
    }

    [Fact]
    public void Measure_NegativeWarmUp_SaysToPassZeroOrMore()
    {
        var trainer = new Trainer(new Mlp(2, [2, 1]), TwoMoons.Generate(4, 0.1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StepCost.Measure(trainer, warmUpSteps: -1));
        Assert.Equal("warmUpSteps", e.ParamName);
        Assert.Contains("pass 0 or more", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ShowsBothRowsAndTheRatios_Invariantly()
    {
        var scalar = new StepCost("scalar", 65_818, 0, 0, 3_159_264, 1.25, TimeSpan.FromMicroseconds(4000), 15);
        var fused = new StepCost("fused", 7_644, 64_437, 9_901, 446_120, 1.25, TimeSpan.FromMicroseconds(1000), 15);

        var lines = StepCost.Compare(scalar, fused).Split(Environment.NewLine);

        Assert.Equal(5, lines.Length);
        Assert.Equal(["graph", "entries", "fused", "operands", "bytes", "loss", "time", "per", "step"], Words(lines[0]));
        Assert.Equal(["scalar", "65,818", "0", "3", "MB", "1.25", "4,000", "µs"], Words(lines[1]));
        Assert.Equal(["fused", "7,644", "64,437", "435.7", "KB", "1.25", "1,000", "µs"], Words(lines[2]));
        Assert.Equal(["fused/scalar", "0.12×", "0.14×", "0.25×"], Words(lines[3]));
        Assert.Contains("median of 15 steps", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Null_SaysWhatToPass()
    {
        var cost = new StepCost("fused", 1, 0, 0, 48, 0, TimeSpan.FromMicroseconds(1), 1);
        Assert.Contains("StepCost.Measure", Assert.Throws<ArgumentNullException>(() => StepCost.Compare(null!, cost)).Message, StringComparison.Ordinal);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => StepCost.Compare(cost, null!)).ParamName);
    }

    [Fact]
    public void ToString_IsOneInvariantLine()
    {
        var fused = new StepCost("fused", 7_644, 64_437, 9_901, 446_120, 1.25, TimeSpan.FromMicroseconds(1234), 15);
        Assert.Equal("fused: 7,644 entries (64,437 fused operands in 9,901 runs), 435.7 KB, 1,234 µs per step (median of 15)", fused.ToString());
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
