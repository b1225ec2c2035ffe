namespace AutoDiff;

// Fused primitives on Value: one node with n incoming edges instead of 2n scalar nodes.
public readonly partial record struct Value
{
    /// <summary>Records a fused primitive of the table (<see cref="INaryPrimitive"/>) as one node:
    /// its primal from the operands, its partials from the rule during the sweep.</summary>
    /// <exception cref="ArgumentException">The operand count does not fit, or operands live on two tapes.</exception>
    public static Value Nary<TPrimitive>(ReadOnlySpan<Value> operands) where TPrimitive : struct, INaryPrimitive
    {
        NaryShape.Check<TPrimitive>(operands.Length);
        Tape? tape = null;
        foreach (var v in operands)
        {
            if (v.IsDefault) throw ValueErrors.Default();
            tape ??= v.Tape;
        }
        return tape is null ? Untraced<TPrimitive>(operands) : tape.AppendFused<TPrimitive>(operands);
    }

    /// <summary>b + Σᵢ wᵢxᵢ as one node (a neuron before its activation); ∂/∂wᵢ = xᵢ,
    /// ∂/∂xᵢ = wᵢ, ∂/∂b = 1.</summary>
    /// <exception cref="ArgumentException">w and x differ in length.</exception>
    public static Value Affine(ReadOnlySpan<Value> w, ReadOnlySpan<Value> x, Value b)
    {
        if (w.Length != x.Length) throw Primitives.Affine.Mismatch(w.Length, x.Length);
        Tape? tape = b.Tape ?? TapeOf(w) ?? TapeOf(x);
        if (tape is null || b.IsDefault) return IScalarAffine(w, x, b); // untraced, or default(Value) to report
        return tape.AppendFused<Primitives.Affine>(w, x, new ReadOnlySpan<Value>(in b));
    }

    // The tape of the first traced value (a model's bias usually is one, so no loop runs).
    private static Tape? TapeOf(ReadOnlySpan<Value> values)
    {
        foreach (var v in values)
        {
            if (v.Tape is { } tape) return tape;
        }
        return null;
    }

    private static Value IScalarAffine(ReadOnlySpan<Value> w, ReadOnlySpan<Value> x, Value b)
    {
        var operands = new Value[2 * w.Length + 1];
        Primitives.Affine.Operands(w, x, b, operands);
        return Nary<Primitives.Affine>(operands);
    }

    /// <summary>Σᵢ aᵢ² as one node (an L2 penalty); ∂/∂aᵢ = 2aᵢ.</summary>
    public static Value SumOfSquares(ReadOnlySpan<Value> a) => Nary<Primitives.SumOfSquares>(a);

    private static Value Untraced<TPrimitive>(ReadOnlySpan<Value> operands) where TPrimitive : struct, INaryPrimitive
    {
        var primals = new Real[operands.Length];
        for (int k = 0; k < primals.Length; k++) primals[k] = operands[k].primal;
        return new Value(TPrimitive.Primal<Real>(primals));
    }
}
