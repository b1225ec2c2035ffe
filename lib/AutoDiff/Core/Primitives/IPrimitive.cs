namespace AutoDiff;

/// <summary>
/// One entry of the table of primitives: everything the library knows about one operation, in one
/// place. The primal and the partials serve every mode (they are generic over
/// <see cref="IScalar{T}"/>, so reverse mode stores them as numbers, forward mode multiplies them
/// with tangents, nested duals differentiate them again); the notation serves graph names, edge
/// labels and narration; the domain and the kinks serve the gradient check. Each primitive is a
/// struct, so a generic method over it is compiled for it alone and the hot path stays a direct call.
/// </summary>
/// <remarks>Operands are called a and b; r is the result.</remarks>
public interface IPrimitive
{
    /// <summary>The primitive's name in graphs and on the tape.</summary>
    static abstract Op Op { get; }

    /// <summary>Number of operands: 1 or 2.</summary>
    static abstract int Arity { get; }

    /// <summary>How the primitive is written: symbol, form, formula and partials in words.</summary>
    static abstract Notation Notation { get; }

    /// <summary>r = op(a, b) (b is ignored by unary primitives).</summary>
    static abstract double Primal(double a, double b);

    /// <summary>(∂r/∂a, ∂r/∂b) at (a, b) with result r, in the number type <typeparamref name="T"/>;
    /// ∂r/∂b is 0 for unary primitives.</summary>
    static abstract (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T>;

    /// <summary>True when operand b is a parameter of the primitive, not an operand: the constant
    /// exponent p of aᵖ. It has no edge in the graph and no partial; nothing is differentiated or
    /// checked with respect to it.</summary>
    static virtual bool OperandBIsParameter => false;

    /// <summary>True when <see cref="PrimalAndPartials"/> gives r and its partials together for less
    /// than <see cref="Primal"/> and <see cref="Partials{T}"/> apart (sin a and cos a from one
    /// <see cref="Math.SinCos"/>). Reverse mode, which needs both at once, then uses it.</summary>
    static virtual bool HasJointRule => false;

    /// <summary>r, ∂r/∂a and ∂r/∂b at (a, b), computed together: the values of <see cref="Primal"/>
    /// and <see cref="Partials{T}"/> (a test compares them).</summary>
    static virtual (double R, double DA, double DB) PrimalAndPartials(double a, double b) =>
        throw new NotSupportedException("This primitive has no joint rule; see HasJointRule.");

    /// <summary>Why the value or a partial is NaN or ±∞ at (a, b), in words with the operand values,
    /// or null when the primitive has no domain problem there.</summary>
    static virtual string? Domain(double a, double b) => null;

    /// <summary>True when (a, b) lies within <paramref name="eps"/> of a point where the primitive
    /// has no derivative (|a| at 0, max at a tie): a difference quotient there says nothing.</summary>
    static virtual bool NearKink(double a, double b, double eps) => false;
}

/// <summary>How a primitive is written.</summary>
/// <param name="Symbol">Short symbol for a graph node, e.g. "×" or "sin".</param>
/// <param name="Form">Where the symbol goes relative to the operands.</param>
/// <param name="Formula">The primal in the operand names a and b, e.g. "sin a".</param>
/// <param name="PartialA">∂r/∂a in the operand names, e.g. "cos a"; null for leaves.</param>
/// <param name="PartialB">∂r/∂b in the operand names; null for unary primitives.</param>
/// <param name="Aliases">Other names a learner may write for a function (ln for log), besides its
/// own name and symbol (<see cref="Primitive.WrittenNames"/>).</param>
public sealed record Notation(string Symbol, Form Form, string Formula, string? PartialA = null, string? PartialB = null,
    IReadOnlyList<string>? Aliases = null);

/// <summary>Where a primitive's symbol stands: what a node's name looks like.</summary>
public enum Form
{
    /// <summary>An input or constant: named by itself.</summary>
    Leaf,
    /// <summary>a + b</summary>
    Sum,
    /// <summary>a − b</summary>
    Difference,
    /// <summary>a·b (or ab for two names)</summary>
    Product,
    /// <summary>a/b</summary>
    Quotient,
    /// <summary>−a</summary>
    Negation,
    /// <summary>aᵖ with a constant exponent p, written as a superscript.</summary>
    ConstantPower,
    /// <summary>a^b with a traced exponent.</summary>
    Power,
    /// <summary>|a|</summary>
    Bars,
    /// <summary>symbol a, symbol(a) or symbol(a, b): every other primitive.</summary>
    Function,
}
