using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AutoDiff;

// Recording on runs of consecutive nodes: what a network's forward pass records is regular (its
// weights were bound one after the other; a layer records its outputs one after the other), so it
// can hand the tape runs instead of one handle per operand. The entries and operand runs are the
// same as from Value's operators and Value.Affine; what is saved is reading and checking a handle
// per operand and entering the tape per node. Callers guarantee that every run lies in this
// generation's recorded nodes (Mlp, which recorded them itself); a debug build asserts it.
public sealed partial class Tape
{
    /// <summary>r = op(operands) as one fused node, its operands the three runs one after the other.
    /// The caller guarantees that each run lies in this generation's recorded nodes (Mlp, which
    /// recorded them itself): nothing is read or checked per operand but its value. A primitive with
    /// a rule on parts (<see cref="INaryPrimitive.HasPartsRule"/>) reads the runs in place, here and
    /// in the sweep; any other gathers their values into one list first.</summary>
    internal Value AppendFused<TPrimitive>(NodeRun part0, NodeRun part1, NodeRun part2)
        where TPrimitive : struct, INaryPrimitive
    {
        Debug.Assert(IsRecorded(part0) && IsRecorded(part1) && IsRecorded(part2), "runs of recorded nodes");
        int me = Enter();
        int firstRun = runCount;
        Value node;
        if (TPrimitive.HasPartsRule) // a constant for each primitive: the JIT keeps one branch
        {
            double r = TPrimitive.Primal(Values(part0), Values(part1), Values(part2));
            var runs = RoomForRuns(3);
            int at = runCount;
            if ((uint)(at + 2) >= (uint)runs.Length) Collided(); // only a second thread moves runCount meanwhile
            runs[at] = part0;
            runs[at + 1] = part1;
            runs[at + 2] = part2;
            runCount = at + 3;
            node = PutFused<TPrimitive>(r, part0.Count + part1.Count + part2.Count, firstRun, asParts: true);
        }
        else
        {
            var values = Gathered(part0.Count + part1.Count + part2.Count);
            Gather(part0, values);
            Gather(part1, values[part0.Count..]);
            Gather(part2, values[(part0.Count + part1.Count)..]);
            node = PutFused<TPrimitive>(TPrimitive.Primal(MemoryMarshal.Cast<double, Real>(values)), values.Length, firstRun, asParts: false);
        }
        Leave(me);
        return node;
    }

    private ReadOnlySpan<double> Values(NodeRun run) => primals.AsSpan(run.First, run.Count);

    private void Gather(NodeRun run, Span<double> values)
    {
        var from = Values(run);
        for (int k = 0; k < from.Length; k++) values[k] = from[k]; // a loop: runs are short, a memmove call is not
        if (run.Count > 0) AddRun(run);
    }

    /// <summary>outputs[k] = op(node inputs.First + k): a unary primitive applied to every node of
    /// a run, recorded as consecutive nodes (so the outputs are a run too).</summary>
    internal void AppendUnary<TPrimitive>(NodeRun inputs, Span<Value> outputs) where TPrimitive : struct, IPrimitive
    {
        Debug.Assert(outputs.Length == inputs.Count && IsRecorded(inputs), "a run of recorded nodes");
        int me = Enter();
        for (int k = 0; k < outputs.Length; k++)
        {
            int a = inputs.First + k;
            var (r, da) = Value.PrimalAndPartial<TPrimitive>(primals[a]);
            outputs[k] = Put(new TapeEntry(TPrimitive.Op, a, -1, r, da, 0));
        }
        Leave(me);
    }

    private bool IsRecorded(NodeRun run) => run.First >= 0 && run.Count >= 0 && run.First + run.Count <= count;
}
