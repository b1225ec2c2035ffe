using System.Diagnostics;
using System.Globalization;
using AutoDiff.Nn;

namespace AutoDiff;

/// <summary>
/// What one training step of a network costs on its tape: the entries it records, the operands
/// its fused nodes list, the bytes it retains for the backward pass, and the time the whole step
/// takes (forward, backward and update), measured. The same step recorded as micrograd's scalar
/// graph and with fused nodes shows the memory side of reverse mode: fewer, larger nodes.
/// </summary>
/// <param name="Graph">How the step was recorded: "scalar" (one × and one + per weight) or "fused"
/// (each neuron's b + Σᵢ wᵢxᵢ one node, the penalty one node).</param>
/// <param name="Entries">Tape entries of one step (<see cref="Tape.Count"/>).</param>
/// <param name="FusedOperands">Operands of its fused nodes (<see cref="Tape.FusedOperandCount"/>; 0 for the scalar graph).</param>
/// <param name="OperandRuns">Runs of consecutive operands stored for them (<see cref="Tape.FusedOperandRuns"/>).</param>
/// <param name="Bytes">Bytes the tape retains for the backward pass (<see cref="Tape.EstimatedBytes"/>).</param>
/// <param name="Loss">The loss the step computed (the same step every time: see <see cref="Measure"/>).</param>
/// <param name="TimePerStep">The median time of one step over <paramref name="TimedSteps"/> timed steps.</param>
/// <param name="TimedSteps">How many steps were timed.</param>
public sealed record StepCost(string Graph, int Entries, int FusedOperands, int OperandRuns, long Bytes, double Loss,
    TimeSpan TimePerStep, int TimedSteps)
{
    /// <summary>Steps <see cref="Measure"/> times unless told otherwise.</summary>
    public const int DefaultSteps = 11;

    /// <summary>Untimed steps <see cref="Measure"/> runs first unless told otherwise (they compile
    /// the code and grow the tape to its size).</summary>
    public const int DefaultWarmUpSteps = 2;

    /// <summary>
    /// Runs <paramref name="warmUpSteps"/> untimed steps of <paramref name="trainer"/>, then times
    /// <paramref name="steps"/> steps and reports the median. Before every step the model's parameters
    /// are set back to their values at the start, so every step does the same work; at the end they
    /// are left as they were. Nothing is allocated per step beyond what <see cref="Trainer.Step"/> does.
    /// </summary>
    /// <param name="trainer">The trainer to measure, e.g. <c>new Trainer(new Mlp(2, [16, 16, 1]), TwoMoons.Generate(100), fused: false)</c>.</param>
    /// <param name="steps">Steps to time (at least 1).</param>
    /// <param name="warmUpSteps">Untimed steps first (0 or more).</param>
    /// <exception cref="ArgumentNullException">trainer is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">steps is 0 or negative, or warmUpSteps is negative.</exception>
    public static StepCost Measure(Trainer trainer, int steps = DefaultSteps, int warmUpSteps = DefaultWarmUpSteps)
    {
        Validate(trainer, steps, warmUpSteps);
        var parameters = trainer.Model.Parameters;
        var start = (double[])parameters.Clone();
        var ticks = new long[steps];
        try
        {
            for (int k = 0; k < warmUpSteps; k++) StepFrom(trainer, start, k);
            for (int k = 0; k < steps; k++)
            {
                start.CopyTo(parameters, 0); // outside the clock: every step starts from the same point
                long before = Stopwatch.GetTimestamp();
                trainer.Step(k, LearningRate);
                ticks[k] = Stopwatch.GetTimestamp() - before;
            }
        }
        finally
        {
            start.CopyTo(parameters, 0);
        }
        var tape = trainer.Tape;
        return new StepCost(trainer.Fused ? "fused" : "scalar", tape.Count, tape.FusedOperandCount, tape.FusedOperandRuns,
            tape.EstimatedBytes, trainer.Loss.Primal, Median(ticks), steps);
    }

    /// <summary>
    /// A small table comparing two measurements of the same step, e.g. the scalar graph
    /// (<paramref name="baseline"/>) and the fused one (<paramref name="other"/>): entries, fused
    /// operands, bytes, loss and time per step, then the ratios other / baseline.
    /// </summary>
    /// <exception cref="ArgumentNullException">baseline or other is null.</exception>
    public static string Compare(StepCost baseline, StepCost other)
    {
        if (baseline is null) throw new ArgumentNullException(nameof(baseline), "Pass the measurement to compare against: StepCost.Measure(scalarTrainer).");
        if (other is null) throw new ArgumentNullException(nameof(other), "Pass the measurement to compare: StepCost.Measure(fusedTrainer).");
        string ratios = Row(Invariant($"{other.Graph}/{baseline.Graph}"),
            Ratio(other.Entries, baseline.Entries), "", Ratio(other.Bytes, baseline.Bytes), "",
            Ratio(other.TimePerStep.Ticks, baseline.TimePerStep.Ticks));
        return string.Join(Environment.NewLine,
            Row("graph", "entries", "fused operands", "bytes", "loss", "time per step"),
            Cells(baseline), Cells(other), ratios,
            Invariant($"(time: median of {other.TimedSteps} steps each, measured now; it varies from run to run and machine to machine)"));
    }

    /// <summary>One line in words, e.g. "fused: 7,644 entries (64,437 fused operands in 9,901 runs),
    /// 383.4 KB, 1,452 µs per step (median of 11)".</summary>
    public override string ToString() => Invariant(
        $"{Graph}: {Entries:N0} entries ({FusedOperands:N0} fused operands in {OperandRuns:N0} runs), {MemorySize.Format(Bytes)}, {Microseconds(TimePerStep)} per step (median of {TimedSteps})");

    // micrograd's first learning rate; the value does not change the work of a step.
    private const double LearningRate = 1.0;

    private static void Validate(Trainer trainer, int steps, int warmUpSteps)
    {
        if (trainer is null)
            throw new ArgumentNullException(nameof(trainer),
                "Pass the trainer to measure, e.g. new Trainer(new Mlp(2, [16, 16, 1]), TwoMoons.Generate(100), fused: false).");
        if (steps <= 0)
            throw new ArgumentOutOfRangeException(nameof(steps), steps,
                Invariant($"Got {steps} steps to time; pass at least 1 (the default is {DefaultSteps})."));
        if (warmUpSteps < 0)
            throw new ArgumentOutOfRangeException(nameof(warmUpSteps), warmUpSteps,
                Invariant($"Got {warmUpSteps} warm-up steps; pass 0 or more (the default is {DefaultWarmUpSteps})."));
    }

    private static void StepFrom(Trainer trainer, double[] start, int k)
    {
        start.CopyTo(trainer.Model.Parameters, 0);
        trainer.Step(k, LearningRate);
    }

    // The median of the step times (the mean of the middle two for an even count): one slow step,
    // e.g. a garbage collection or another process, does not move it.
    private static TimeSpan Median(long[] ticks)
    {
        Array.Sort(ticks);
        int middle = ticks.Length / 2;
        double median = ticks.Length % 2 == 1 ? ticks[middle] : (ticks[middle - 1] + ticks[middle]) / 2.0;
        return TimeSpan.FromSeconds(median / Stopwatch.Frequency);
    }

    private static string Cells(StepCost c) =>
        Row(c.Graph, Invariant($"{c.Entries:N0}"), Invariant($"{c.FusedOperands:N0}"), MemorySize.Format(c.Bytes),
            MessageNumber.Text(c.Loss), Microseconds(c.TimePerStep));

    private static string Row(string graph, string entries, string operands, string bytes, string loss, string time) =>
        Invariant($"{graph,-13}{entries,9}{operands,16}{bytes,11}{loss,11}{time,15}");

    private static string Ratio(double value, double baseline) =>
        baseline == 0 ? "–" : Invariant($"{value / baseline:0.00}×");

    private static string Microseconds(TimeSpan time) => Invariant($"{time.TotalMicroseconds:N0} µs");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
