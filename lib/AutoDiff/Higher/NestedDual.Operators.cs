namespace AutoDiff;

// Operators and functions of NestedDual. Each is one primitive whose partials come from the table
// of derivatives evaluated in NestedDual itself, so the derivative of a derivative comes from the
// same rules (that is what makes second derivatives work). The functions of the table
// (NestedDual.Exp, …) are written at build time from the table ([PrimitiveFunctions]).
[PrimitiveFunctions]
public sealed partial class NestedDual
{
    /// <inheritdoc/>
    public static NestedDual operator +(NestedDual a, NestedDual b) => Binary<Primitives.Add>(a, b);
    /// <inheritdoc/>
    public static NestedDual operator -(NestedDual a, NestedDual b) => Binary<Primitives.Subtract>(a, b);
    /// <inheritdoc/>
    public static NestedDual operator *(NestedDual a, NestedDual b) => Binary<Primitives.Mul>(a, b);
    /// <inheritdoc/>
    public static NestedDual operator /(NestedDual a, NestedDual b) => Binary<Primitives.Div>(a, b);
    /// <inheritdoc/>
    public static NestedDual operator -(NestedDual a) => Unary<Primitives.Neg>(a);
    /// <inheritdoc/>
    public static NestedDual operator +(NestedDual a, double c) => Binary<Primitives.Add>(a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator +(double c, NestedDual a) => Binary<Primitives.Add>(Constant(c), a);
    /// <inheritdoc/>
    public static NestedDual operator -(NestedDual a, double c) => Binary<Primitives.Subtract>(a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator -(double c, NestedDual a) => Binary<Primitives.Subtract>(Constant(c), a);
    /// <inheritdoc/>
    public static NestedDual operator *(NestedDual a, double c) => Binary<Primitives.Mul>(a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator *(double c, NestedDual a) => Binary<Primitives.Mul>(Constant(c), a);
    /// <inheritdoc/>
    public static NestedDual operator /(NestedDual a, double c) => Binary<Primitives.Div>(a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator /(double c, NestedDual a) => Binary<Primitives.Div>(Constant(c), a);

    /// <inheritdoc/>
    public static NestedDual Pow(NestedDual a, double p) => Binary<Primitives.PowConst>(a, Constant(p));
    /// <inheritdoc/>
    public static NestedDual Pow(NestedDual a, NestedDual b) => Binary<Primitives.Pow>(a, b);

    /// <summary>f(x + x′ε) = f(x) + f′(x)·x′ε, where x, x′ and f′(x) are nested duals in lower tags.</summary>
    public static NestedDual Unary<TPrimitive>(NestedDual a) where TPrimitive : struct, IPrimitive
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.IsConstant) return Constant(TPrimitive.Primal(a.constant, 0));
        var (x, dx) = a.Split(a.Tag);
        var r = Unary<TPrimitive>(x);
        var (da, _) = TPrimitive.Partials(x, Zero, r);
        return Make(a.Tag, r, Chain(da, dx));
    }

    /// <summary>Splits both operands by the highest tag present (the lower-tagged one is a
    /// constant there) and applies the chain rule with the primitive's partials.</summary>
    public static NestedDual Binary<TPrimitive>(NestedDual a, NestedDual b) where TPrimitive : struct, IPrimitive
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        long tag = Math.Max(a.Tag, b.Tag);
        if (tag == 0) return Constant(TPrimitive.Primal(a.constant, b.constant));
        var (x, dx) = a.Split(tag);
        var (y, dy) = b.Split(tag);
        var r = Binary<TPrimitive>(x, y);
        var (da, db) = TPrimitive.Partials(x, y, r);
        return Make(tag, r, Chain(da, dx) + Chain(db, dy));
    }

    // A zero tangent contributes nothing, even where the partial is infinite (√ at 0), as in Dual.
    private static NestedDual Chain(NestedDual partial, NestedDual tangent) =>
        tangent.IsZero ? Zero : partial * tangent;
}
