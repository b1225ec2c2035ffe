namespace AutoDiff;

/// <summary>
/// The table of derivatives read by <see cref="Op"/>: a short way to the entry of
/// <see cref="Primitives"/> for a primitive met at run time (a tape entry, a graph node). The
/// rules themselves are written once, in the primitives' structs.
/// </summary>
public static class Rules
{
    /// <summary>The primal function: the value of <paramref name="op"/> at (a, b).</summary>
    /// <exception cref="MissingRuleException">The op has no rule (leaves and custom ops).</exception>
    public static double Primal(Op op, double a, double b = 0) => Primitives.Of(op).Primal(a, b);

    /// <summary>The local partial derivatives (∂r/∂a, ∂r/∂b) of <paramref name="op"/> at (a, b) with
    /// result r. For unary ops ∂r/∂b is 0.</summary>
    /// <exception cref="MissingRuleException">The op has no rule (leaves and custom ops).</exception>
    public static (double DA, double DB) Partials(Op op, double a, double b, double r) => Primitives.Of(op).Partials(a, b, r);

    /// <summary>The symbol, the primal and the partials of <paramref name="op"/> in words, for
    /// graph labels and narration.</summary>
    public static Primitive Describe(Op op) => Primitives.Of(op);

    /// <summary>True for ops with two operands.</summary>
    public static bool IsBinary(Op op) => Primitives.Of(op).IsBinary;
}
