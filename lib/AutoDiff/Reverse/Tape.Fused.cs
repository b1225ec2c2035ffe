using System.Globalization;
using System.Runtime.InteropServices;

namespace AutoDiff;

// Fused nodes (INaryPrimitive: b + Σ wᵢxᵢ, Σ aᵢ²) have more operands than a TapeEntry holds. Their
// entry has no A and no B; the operands are listed apart, in one growing list for the whole tape:
// each operand's node index and its value when it was used. The sweep computes the partials from
// those values with the primitive's rule, so nothing else is stored.
public sealed partial class Tape
{
    private int[] operandIndex = [];
    private double[] operandPrimal = [];
    private int operandCount;
    private OperandList[] fusedOperands = []; // by node index; set for fused nodes only

    private readonly record struct OperandList(int First, int Count);

    /// <summary>Operands listed for fused nodes so far (each costs <see cref="BytesPerOperand"/> bytes).</summary>
    public int FusedOperandCount => operandCount;

    /// <summary>Bytes one operand of a fused node costs: its node index and its value.</summary>
    public const int BytesPerOperand = sizeof(int) + sizeof(double);

    /// <summary>The operands of node <paramref name="index"/> in order: for a fused node the nodes
    /// it was computed from, for any other node its A and B (those that exist).</summary>
    public int[] OperandsOf(int index)
    {
        var e = this[index];
        if (!e.IsFused) return e.A < 0 ? [] : e.B < 0 ? [e.A] : [e.A, e.B];
        var list = fusedOperands[index];
        return operandIndex.AsSpan(list.First, list.Count).ToArray();
    }

    /// <summary>The local partials ∂node/∂operand of fused node <paramref name="index"/>, one per
    /// operand of <see cref="OperandsOf"/>, from the primitive's rule at the recorded operands.</summary>
    internal double[] FusedPartials(int index) => Primitives.Of(entries[index].Op).Partials(FusedPrimals(index), entries[index].Primal);

    /// <summary>The operand values fused node <paramref name="index"/> was computed from.</summary>
    internal ReadOnlySpan<double> FusedPrimals(int index)
    {
        var list = fusedOperands[index];
        return operandPrimal.AsSpan(list.First, list.Count);
    }

    // Records r = op(a₀, …, aₙ₋₁) as one entry; the operands are the parts one after the other (an
    // affine map passes w, x and b as they are, with no copy). Operands that are untraced
    // constants join the tape; an operand of another tape, a cleared one or default(Value) throws.
    internal Value AppendFused<TPrimitive>(ReadOnlySpan<Value> part0, ReadOnlySpan<Value> part1 = default, ReadOnlySpan<Value> part2 = default)
        where TPrimitive : struct, INaryPrimitive
    {
        int me = Enter();
        int first = operandCount, n = part0.Length + part1.Length + part2.Length;
        if (operandIndex.Length < first + n) GrowOperands(first + n);
        int next = List(part0, first);
        next = List(part1, next);
        List(part2, next);
        operandCount = first + n;
        double r = TPrimitive.Primal(MemoryMarshal.Cast<double, Real>(operandPrimal.AsSpan(first, n)));
        var node = Append(new TapeEntry(TPrimitive.Op, -1, -1, r, 0, 0));
        if (fusedOperands.Length <= node.Index) Array.Resize(ref fusedOperands, Math.Max(entries.Length, 64));
        fusedOperands[node.Index] = new OperandList(first, n);
        Leave(me);
        return node;
    }

    // Writes the operands' indices and values from position at; returns the next free position.
    private int List(ReadOnlySpan<Value> operands, int at)
    {
        var indices = operandIndex;
        var primals = operandPrimal;
        foreach (var operand in operands)
        {
            var v = operand;
            if (!ReferenceEquals(v.Tape, this)) v = Adopt(v, nameof(operands));
            else if (!v.IsCurrent) throw ValueErrors.Cleared(v.Index);
            indices[at] = v.Index;
            primals[at] = v.Primal;
            at++;
        }
        return at;
    }

    // The sweep's one extra step: adjoint[operand k] += g · ∂r/∂aₖ for every operand of node i.
    private void SweepFused(double[] adjoint, int i, double g)
    {
        var list = fusedOperands[i];
        Primitives.Of(entries[i].Op).Vjp(operandPrimal.AsSpan(list.First, list.Count), entries[i].Primal, g,
            operandIndex.AsSpan(list.First, list.Count), adjoint);
    }

    private void GrowOperands(int needed)
    {
        if (needed > MaxEntries)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Fused nodes on this tape list {needed:N0} operands, the most it may. Clear() the tape between steps."));
        int size = (int)Math.Min(Math.Max((long)operandIndex.Length * 2, Math.Max(needed, 256)), MaxEntries);
        Array.Resize(ref operandIndex, size);
        Array.Resize(ref operandPrimal, size);
    }
}
