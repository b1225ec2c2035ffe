namespace AutoDiff;

/// <summary>
/// Checkpointing trades computation for memory. The gradient of a chain x_{i+1} = step(x_i) of n
/// steps normally keeps all n steps on the tape. With k checkpoints, the forward pass records
/// nothing but x at the start of k segments; the backward pass then re-traces one segment at a
/// time, from the last to the first, on a small tape, seeds its output with the adjoint handed
/// back by the segment after it (the chain rule across the cut), and hands its input's adjoint on.
/// The tape never holds more than one segment (about n/k steps), each segment but the last is
/// computed twice, and the derivative is the same to the last bit: every node sees the same
/// values and its adjoint receives the same contributions in the same order.
/// </summary>
/// <remarks>The forward pass feeds <c>step</c> untraced constants (<see cref="Value.Constant"/>), so
/// a step must compute only from its argument and constants, not from a particular tape.</remarks>
public static class Checkpointing
{
    /// <summary>dx_n/dx_0 for x_{i+1} = <paramref name="step"/>(x_i), i &lt; <paramref name="steps"/>,
    /// keeping the whole tape (<paramref name="checkpoints"/> = 0) or <paramref name="checkpoints"/>
    /// segments (k ≥ 1; k = 1 is one segment, the whole chain, again plain reverse mode).</summary>
    /// <exception cref="ArgumentOutOfRangeException">steps or checkpoints is negative.</exception>
    public static ChainGradient Gradient(Func<Value, Value> step, double x0, int steps, int checkpoints)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        ArgumentOutOfRangeException.ThrowIfNegative(checkpoints);
        if (checkpoints == 0) return WholeTape(step, x0, steps);
        return Segmented(step, x0, steps, Math.Min(checkpoints, Math.Max(steps, 1)));
    }

    /// <summary><see cref="Gradient"/> for each checkpoint count, in the order given: the data for
    /// a memory-versus-recomputation chart.</summary>
    public static IReadOnlyList<ChainGradient> Sweep(
        Func<Value, Value> step, double x0, int steps, IReadOnlyList<int> checkpointCounts)
    {
        ArgumentNullException.ThrowIfNull(checkpointCounts);
        return checkpointCounts.Select(k => Gradient(step, x0, steps, k)).ToList();
    }

    private static ChainGradient WholeTape(Func<Value, Value> step, double x0, int steps)
    {
        var tape = new Tape();
        var x = tape.Variable(x0);
        var y = Run(step, x, steps);
        double derivative = BackwardThrough(tape, y, x, seed: 1.0);
        return new ChainGradient(0, y.Primal, derivative, tape.Count, tape.EstimatedBytes, tape.Count - 1, 0);
    }

    private static ChainGradient Segmented(Func<Value, Value> step, double x0, int steps, int k)
    {
        int length = (steps + k - 1) / k; // steps per segment; the last one may be shorter
        int segments = steps == 0 ? 1 : (steps + length - 1) / length;
        var starts = new double[segments];

        // Forward: untraced constants record nothing; only the segment starts are kept.
        // The last segment is not run here: the backward pass traces it first anyway.
        double x = x0;
        for (int s = 0; s < segments - 1; s++)
        {
            starts[s] = x;
            x = Run(step, Value.Constant(x), length).Primal;
        }
        starts[^1] = x;

        var tape = new Tape();
        double adjoint = 1.0, output = 0;
        int peakNodes = 0;
        long forward = 0, recomputed = 0;
        for (int s = segments - 1; s >= 0; s--)
        {
            tape.Clear();
            var input = tape.Variable(starts[s]);
            var result = Run(step, input, Math.Min(length, steps - s * length));
            long operations = tape.Count - 1;
            forward += operations;
            if (s == segments - 1) output = result.Primal;
            else recomputed += operations; // its forward run above did the same operations untraced
            peakNodes = Math.Max(peakNodes, tape.Count);
            adjoint = BackwardThrough(tape, result, input, adjoint);
        }
        long peakBytes = (long)peakNodes * TapeStats.BytesPerNode + (long)segments * sizeof(double);
        return new ChainGradient(k, output, adjoint, peakNodes, peakBytes, forward, recomputed);
    }

    private static Value Run(Func<Value, Value> step, Value x, int steps)
    {
        for (int i = 0; i < steps; i++) x = step(x);
        return x;
    }

    // Backward from y seeded with the adjoint of y, giving the adjoint of x. A y that no longer
    // depends on x (the step returned a constant) passes nothing back.
    private static double BackwardThrough(Tape tape, Value y, Value x, double seed)
    {
        if (!y.IsTraced) return 0;
        tape.Backward(y, seed);
        return x.Adjoint;
    }
}
