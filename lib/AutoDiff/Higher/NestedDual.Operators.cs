namespace AutoDiff;

// Operators and functions of NestedDual. Each is one primitive whose partials come from the table
// of derivatives evaluated in NestedDual itself, so the derivative of a derivative comes from the
// same rules (that is what makes second derivatives work).
public sealed partial class NestedDual
{
    /// <inheritdoc/>
    public static NestedDual operator +(NestedDual a, NestedDual b) => Binary(Op.Add, a, b);
    /// <inheritdoc/>
    public static NestedDual operator -(NestedDual a, NestedDual b) => Binary(Op.Sub, a, b);
    /// <inheritdoc/>
    public static NestedDual operator *(NestedDual a, NestedDual b) => Binary(Op.Mul, a, b);
    /// <inheritdoc/>
    public static NestedDual operator /(NestedDual a, NestedDual b) => Binary(Op.Div, a, b);
    /// <inheritdoc/>
    public static NestedDual operator -(NestedDual a) => Unary(Op.Neg, a);
    /// <inheritdoc/>
    public static NestedDual operator +(NestedDual a, double c) => Binary(Op.Add, a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator +(double c, NestedDual a) => Binary(Op.Add, Constant(c), a);
    /// <inheritdoc/>
    public static NestedDual operator -(NestedDual a, double c) => Binary(Op.Sub, a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator -(double c, NestedDual a) => Binary(Op.Sub, Constant(c), a);
    /// <inheritdoc/>
    public static NestedDual operator *(NestedDual a, double c) => Binary(Op.Mul, a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator *(double c, NestedDual a) => Binary(Op.Mul, Constant(c), a);
    /// <inheritdoc/>
    public static NestedDual operator /(NestedDual a, double c) => Binary(Op.Div, a, Constant(c));
    /// <inheritdoc/>
    public static NestedDual operator /(double c, NestedDual a) => Binary(Op.Div, Constant(c), a);

    /// <inheritdoc/>
    public static NestedDual Exp(NestedDual a) => Unary(Op.Exp, a);
    /// <inheritdoc/>
    public static NestedDual Log(NestedDual a) => Unary(Op.Log, a);
    /// <inheritdoc/>
    public static NestedDual Sin(NestedDual a) => Unary(Op.Sin, a);
    /// <inheritdoc/>
    public static NestedDual Cos(NestedDual a) => Unary(Op.Cos, a);
    /// <inheritdoc/>
    public static NestedDual Tan(NestedDual a) => Unary(Op.Tan, a);
    /// <inheritdoc/>
    public static NestedDual Tanh(NestedDual a) => Unary(Op.Tanh, a);
    /// <inheritdoc/>
    public static NestedDual Sigmoid(NestedDual a) => Unary(Op.Sigmoid, a);
    /// <inheritdoc/>
    public static NestedDual Relu(NestedDual a) => Unary(Op.Relu, a);
    /// <inheritdoc/>
    public static NestedDual Sqrt(NestedDual a) => Unary(Op.Sqrt, a);
    /// <inheritdoc/>
    public static NestedDual Abs(NestedDual a) => Unary(Op.Abs, a);
    /// <inheritdoc/>
    public static NestedDual Pow(NestedDual a, double p) => Binary(Op.PowConst, a, Constant(p));
    /// <inheritdoc/>
    public static NestedDual Pow(NestedDual a, NestedDual b) => Binary(Op.Pow, a, b);
    /// <inheritdoc/>
    public static NestedDual Max(NestedDual a, NestedDual b) => Binary(Op.Max, a, b);
    /// <inheritdoc/>
    public static NestedDual Min(NestedDual a, NestedDual b) => Binary(Op.Min, a, b);

    // f(x + x′ε) = f(x) + f′(x)·x′ε, where x, x′ and f′(x) are nested duals in lower tags.
    private static NestedDual Unary(Op op, NestedDual a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.IsConstant) return Constant(Rules.Primal(op, a.constant));
        var (x, dx) = a.Split(a.Tag);
        var r = Unary(op, x);
        var (da, _) = Rules.Partials(op, x, Zero, r);
        return Make(a.Tag, r, Chain(da, dx));
    }

    // Split both operands by the highest tag present: the lower-tagged one is a constant there.
    private static NestedDual Binary(Op op, NestedDual a, NestedDual b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        long tag = Math.Max(a.Tag, b.Tag);
        if (tag == 0) return Constant(Rules.Primal(op, a.constant, b.constant));
        var (x, dx) = a.Split(tag);
        var (y, dy) = b.Split(tag);
        var r = Binary(op, x, y);
        var (da, db) = Rules.Partials(op, x, y, r);
        return Make(tag, r, Chain(da, dx) + Chain(db, dy));
    }

    // A zero tangent contributes nothing, even where the partial is infinite (√ at 0), as in Dual.
    private static NestedDual Chain(NestedDual partial, NestedDual tangent) =>
        tangent.IsZero ? Zero : partial * tangent;
}
