namespace AutoDiff;

/// <summary>
/// A primitive as data, for code that meets it at run time through a tape entry's <see cref="Op"/>
/// (graphs, narration, the gradient check): its notation, and its math (primal, partials, domain,
/// kinks) from the one entry in <see cref="Primitives"/>. Leaves and custom primitives have a
/// notation but no math. A fused primitive of n operands has its math in <see cref="IsFused"/>'s
/// members (Primitive.Fused.cs).
/// </summary>
/// <param name="Op">The primitive.</param>
/// <param name="Arity">Number of operands (0 for leaves, −1 for a fused primitive: any number).</param>
/// <param name="Notation">How it is written.</param>
public sealed partial record Primitive(Op Op, int Arity, Notation Notation)
{
    internal PrimitiveMath? Math { get; init; }

    /// <summary>Short symbol for a graph node, e.g. "×" or "sin".</summary>
    public string Symbol => Notation.Symbol;

    /// <summary>Where the symbol stands relative to the operands.</summary>
    public Form Form => Notation.Form;

    /// <summary>The primal in the operand names a and b, e.g. "sin a".</summary>
    public string Formula => Notation.Formula;

    /// <summary>∂r/∂a in the operand names, e.g. "cos a"; null for leaves.</summary>
    public string? PartialA => Notation.PartialA;

    /// <summary>∂r/∂b in the operand names; null for unary primitives.</summary>
    public string? PartialB => Notation.PartialB;

    /// <summary>True for primitives with two operands.</summary>
    public bool IsBinary => Arity == 2;

    /// <summary>True when operand b is a parameter (the constant exponent p of aᵖ), not an operand:
    /// no edge, no partial, never differentiated (<see cref="IPrimitive.OperandBIsParameter"/>).</summary>
    public bool OperandBIsParameter { get; init; }

    /// <summary>The names a formula may call this primitive by, when it is written as a function
    /// (<see cref="Form.Function"/>): its op's name in lower case, its symbol and its aliases, e.g.
    /// "sigmoid" and "σ", or "log" and "ln". Empty for a primitive written otherwise (a + b, |a|).</summary>
    public IReadOnlyList<string> WrittenNames => Notation.Form != Form.Function
        ? []
        : [.. new[] { Op.ToString().ToLowerInvariant(), Notation.Symbol }.Concat(Notation.Aliases ?? []).Distinct()];

    /// <summary>r = op(a, b).</summary>
    /// <exception cref="MissingRuleException">Leaves and custom primitives have no rule here.</exception>
    public double Primal(double a, double b = 0) => Rule().Primal(a, b);

    /// <summary>(∂r/∂a, ∂r/∂b) at (a, b) with result r.</summary>
    /// <exception cref="MissingRuleException">Leaves and custom primitives have no rule here.</exception>
    public (double DA, double DB) Partials(double a, double b, double r) => Rule().Partials(a, b, r);

    /// <summary>The primitive applied to numbers of any kind: op(a) or op(a, b) as a traced
    /// <see cref="Value"/>, a <see cref="Dual"/>, a <see cref="NestedDual"/> or a <see cref="Real"/>.</summary>
    public T Apply<T>(T a, T b) where T : IScalar<T> => Rule().Apply(a, b);

    /// <summary>Why the primitive is undefined or infinite at (a, b), in words, or null.</summary>
    public string? Domain(double a, double b) => Math?.Domain(a, b);

    /// <summary>True near a point where the primitive has no derivative.</summary>
    public bool NearKink(double a, double b, double eps) => Math?.NearKink(a, b, eps) ?? false;

    private PrimitiveMath Rule() => Math ?? throw new MissingRuleException(Op);
}

/// <summary>The static members of one <see cref="IPrimitive"/> struct, reachable from an
/// <see cref="Op"/> at run time (off the hot path: operators call the struct directly).</summary>
internal abstract class PrimitiveMath
{
    public abstract double Primal(double a, double b);
    public abstract (double DA, double DB) Partials(double a, double b, double r);
    public abstract T Apply<T>(T a, T b) where T : IScalar<T>;
    public abstract string? Domain(double a, double b);
    public abstract bool NearKink(double a, double b, double eps);
    public abstract bool HasJointRule { get; }
    public abstract (double R, double DA, double DB) PrimalAndPartials(double a, double b);
}

internal sealed class PrimitiveMath<TPrimitive> : PrimitiveMath where TPrimitive : struct, IPrimitive
{
    public override double Primal(double a, double b) => TPrimitive.Primal(a, b);

    public override (double DA, double DB) Partials(double a, double b, double r)
    {
        var (da, db) = TPrimitive.Partials<Real>(a, b, r);
        return (da, db);
    }

    public override T Apply<T>(T a, T b) => TPrimitive.Arity == 1 ? T.Unary<TPrimitive>(a) : T.Binary<TPrimitive>(a, b);

    public override string? Domain(double a, double b) => TPrimitive.Domain(a, b);

    public override bool NearKink(double a, double b, double eps) => TPrimitive.NearKink(a, b, eps);

    public override bool HasJointRule => TPrimitive.HasJointRule;

    public override (double R, double DA, double DB) PrimalAndPartials(double a, double b) => TPrimitive.PrimalAndPartials(a, b);
}
