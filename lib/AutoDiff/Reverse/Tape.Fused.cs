using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AutoDiff;

// Fused nodes (INaryPrimitive: b + Σ wᵢxᵢ, Σ aᵢ²) have more operands than a TapeEntry holds. Their
// entry has no A and no B; their operands are listed apart, as runs of consecutive nodes
// (first, count), in one growing list for the whole tape. Operands usually come in runs: a
// network's weights were bound one after the other and a layer's outputs recorded one after the
// other, so a neuron's 2n + 1 operands are three runs, whatever n is. Scattered operands are runs
// of one. An operand's value is not stored again: it is the node's primal, read off the tape.
public sealed partial class Tape
{
    private NodeRun[] operandRuns = [];
    private int runCount;
    private int operandCount;
    private FusedOperands[] fusedOperands = []; // by node index; set for fused nodes only
    private double[] gatheredPrimals = new double[64]; // one fused node's operand values, during a sweep
    private double[] gatheredPartials = new double[64]; // and their partials

    /// <summary>A run of consecutive nodes first, first + 1, …, first + count − 1 of this tape.</summary>
    internal readonly record struct NodeRun(int First, int Count);

    // Runs FirstRun … FirstRun + Runs − 1 of operandRuns, Count operands in all. AsParts: the
    // node's runs are exactly its primitive's three parts (recorded from runs by a primitive with a
    // rule on parts), so the sweep applies that rule in place.
    private readonly record struct FusedOperands(int FirstRun, int Runs, int Count, bool AsParts);

    /// <summary>Operands of fused nodes recorded so far.</summary>
    public int FusedOperandCount => operandCount;

    /// <summary>Runs of consecutive operands stored for fused nodes (each costs <see cref="BytesPerRun"/> bytes).</summary>
    public int FusedOperandRuns => runCount;

    /// <summary>Bytes one run of operands costs: its first node and its length.</summary>
    public const int BytesPerRun = 2 * sizeof(int);

    /// <summary>The operands of node <paramref name="index"/> in order: for a fused node the nodes
    /// it was computed from, for any other node its A and B (those that exist).</summary>
    public int[] OperandsOf(int index)
    {
        var e = this[index];
        if (!e.IsFused) return e.A < 0 ? [] : e.B < 0 ? [e.A] : [e.A, e.B];
        var result = new int[fusedOperands[index].Count];
        Expand(fusedOperands[index], result);
        return result;
    }

    /// <summary>The local partials ∂node/∂operand of fused node <paramref name="index"/>, one per
    /// operand of <see cref="OperandsOf"/>, from the primitive's rule at the recorded operands.</summary>
    internal double[] FusedPartials(int index) => Primitives.Of(ops[index]).Partials(FusedPrimals(index), primals[index]);

    /// <summary>The operand values fused node <paramref name="index"/> was computed from.</summary>
    internal double[] FusedPrimals(int index)
    {
        var operands = OperandsOf(index);
        var values = new double[operands.Length];
        for (int k = 0; k < operands.Length; k++) values[k] = primals[operands[k]];
        return values;
    }

    // Records r = op(a₀, …, aₙ₋₁) as one entry; the operands are the parts one after the other (an
    // affine map passes w, x and b as they are, with no copy). Operands that are untraced
    // constants join the tape; an operand of another tape, a cleared one or default(Value) throws.
    internal Value AppendFused<TPrimitive>(ReadOnlySpan<Value> part0, ReadOnlySpan<Value> part1 = default, ReadOnlySpan<Value> part2 = default)
        where TPrimitive : struct, INaryPrimitive
    {
        int me = Enter();
        int n = part0.Length + part1.Length + part2.Length;
        var values = Gathered(n);
        int firstRun = runCount;
        List(part0, values, firstRun);
        List(part1, values[part0.Length..], firstRun);
        List(part2, values[(part0.Length + part1.Length)..], firstRun);
        var node = PutFused<TPrimitive>(TPrimitive.Primal(MemoryMarshal.Cast<double, Real>(values)), n, firstRun, asParts: false);
        Leave(me);
        return node;
    }

    // The fused entry itself, once its operands' runs are listed and their values gathered.
    private Value PutFused<TPrimitive>(double r, int n, int firstRun, bool asParts) where TPrimitive : struct, INaryPrimitive
    {
        var node = Put(new TapeEntry(TPrimitive.Op, -1, -1, r, 0, 0), Node.Fused); // EntryAt shows A = −1 again
        if (fusedOperands.Length <= node.Index) Array.Resize(ref fusedOperands, Math.Max(nodes.Length, 64));
        var lists = fusedOperands; // read once, as Put reads its arrays: a second thread may replace it
        if (lists.Length <= node.Index) lists = fusedOperands = GrowTo(lists, Math.Max(nodes.Length, node.Index + 1));
        lists[node.Index] = new FusedOperands(firstRun, runCount - firstRun, n, asParts);
        operandCount += n;
        return node;
    }

    // Lists the operands' nodes as runs and copies their values into primals. The common case
    // (an operand of this tape's current generation) is one compare of each.
    private void List(ReadOnlySpan<Value> operands, Span<double> values, int firstRun)
    {
        int current = generation;
        for (int k = 0; k < operands.Length; k++)
        {
            var v = operands[k];
            if (!ReferenceEquals(v.Tape, this) || v.Generation != current) v = Admit(v);
            values[k] = v.Primal;
            AddOperand(v.Index, firstRun);
        }
    }

    // Adds node to the node's last run when it continues it, or starts a run (firstRun is the
    // node's first run: a run of an earlier node is never extended).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddOperand(int node, int firstRun)
    {
        int last = runCount - 1;
        var runs = operandRuns;
        if (last >= firstRun && (uint)last < (uint)runs.Length && runs[last].First + runs[last].Count == node)
            runs[last] = new NodeRun(runs[last].First, runs[last].Count + 1);
        else AddRun(new NodeRun(node, 1));
    }

    private void AddRun(NodeRun run)
    {
        int at = runCount;
        var runs = RoomForRuns(1);
        if ((uint)at >= (uint)runs.Length) Collided(); // only a second thread moves runCount meanwhile
        runs[at] = run;
        runCount = at + 1;
    }

    // An operand that is not a node of this generation: an untraced constant joins the tape; a
    // cleared node, one of another tape or default(Value) throws.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value Admit(Value v)
    {
        if (ReferenceEquals(v.Tape, this)) throw ValueErrors.Cleared(v.Index);
        return Adopt(v, "operands");
    }

    // The scratch buffer for n operand values (grown as needed, kept between nodes).
    private Span<double> Gathered(int n)
    {
        if (gatheredPrimals.Length < n)
        {
            gatheredPrimals = new double[Math.Max(n, 2 * gatheredPrimals.Length)];
            gatheredPartials = new double[gatheredPrimals.Length];
        }
        return gatheredPrimals.AsSpan(0, n);
    }

    // The node indices of a fused node's operands, in order.
    private void Expand(FusedOperands list, Span<int> indices)
    {
        int at = 0;
        foreach (var run in operandRuns.AsSpan(list.FirstRun, list.Runs))
        {
            for (int k = 0; k < run.Count; k++) indices[at++] = run.First + k;
        }
    }

    // The sweep's one extra step: adjoint[operand k] += g · ∂r/∂aₖ for every operand of node i,
    // run by run: the operands' values are gathered off the tape, the rule gives every partial.
    private void SweepFused(double[] adjoint, int i, double g)
    {
        var list = fusedOperands[i];
        var rule = Primitives.Of(ops[i]).FusedRule();
        var runs = operandRuns.AsSpan(list.FirstRun, list.Runs);
        if (list.AsParts)
        {
            NodeRun p0 = runs[0], p1 = runs[1], p2 = runs[2];
            rule.Vjp(Values(p0), Values(p1), Values(p2), primals[i], g,
                adjoint.AsSpan(p0.First, p0.Count), adjoint.AsSpan(p1.First, p1.Count), adjoint.AsSpan(p2.First, p2.Count));
            return;
        }
        if (gatheredPrimals.Length < list.Count) Gathered(list.Count);
        var values = gatheredPrimals.AsSpan(0, list.Count);
        int at = 0;
        foreach (var run in runs)
        {
            var from = primals.AsSpan(run.First, run.Count);
            for (int k = 0; k < from.Length; k++) values[at + k] = from[k]; // a loop: runs are short, a memmove call is not
            at += run.Count;
        }
        var partials = gatheredPartials.AsSpan(0, list.Count);
        rule.Partials(values, primals[i], partials);
        at = 0;
        foreach (var run in runs)
        {
            var into = adjoint.AsSpan(run.First, run.Count);
            for (int k = 0; k < into.Length; k++) into[k] += g * partials[at + k];
            at += run.Count;
        }
    }

    // The run list with room for k more runs at runCount. The arrays are read once into locals
    // (here and by the callers), so that two threads writing at once get the tape's own error
    // from Leave, never an index out of range.
    private NodeRun[] RoomForRuns(int k)
    {
        var runs = operandRuns;
        if ((uint)(runCount + k) <= (uint)runs.Length) return runs;
        if (runs.Length >= MaxEntries)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Fused nodes on this tape list {runCount:N0} runs of operands, the most it may. Clear() the tape between steps."));
        var bigger = GrowTo(runs, (int)Math.Min(Math.Max(2L * runs.Length, Math.Max(runCount + k, 256)), MaxEntries));
        operandRuns = bigger;
        return bigger;
    }

    private static T[] GrowTo<T>(T[] array, int size)
    {
        var bigger = new T[size];
        array.AsSpan(0, Math.Min(array.Length, size)).CopyTo(bigger);
        return bigger;
    }
}
