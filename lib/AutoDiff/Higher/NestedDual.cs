using System.Globalization;

namespace AutoDiff;

/// <summary>
/// A dual number that can hold dual numbers: x + x′ε_t where x and x′ are themselves nested duals
/// and t is the tag of the derivative call that owns ε_t (ε_t² = 0, but ε_s·ε_t ≠ 0 for s ≠ t).
/// Differentiating twice (d/dx of something that took d/dy) uses two distinct tags, so the two
/// perturbations never mix: that mixing is "perturbation confusion", and tags are the cure
/// (Siskind &amp; Pearlmutter). A nested dual is either a plain constant (tag 0) or a tagged pair
/// whose parts carry only lower tags, so every operation splits its operands by the highest tag.
/// </summary>
public sealed partial class NestedDual : IScalar<NestedDual>
{
    /// <summary>The constant 0 (shared: a nested dual never changes after it is made).</summary>
    public static readonly NestedDual Zero = new(0);

    private readonly double constant;
    private readonly NestedDual? primalPart;
    private readonly NestedDual? tangent;

    private NestedDual(double c) => constant = c;

    private NestedDual(long tag, NestedDual primalPart, NestedDual tangent)
    {
        Tag = tag;
        this.primalPart = primalPart;
        this.tangent = tangent;
    }

    /// <summary>The derivative call that owns this number's perturbation ε; 0 for a constant.</summary>
    public long Tag { get; }

    /// <summary>True for a plain number with no perturbation.</summary>
    public bool IsConstant => Tag == 0;

    /// <summary>The ordinary value: the part with every perturbation set to 0.</summary>
    public double Primal => IsConstant ? constant : primalPart!.Primal;

    /// <summary>x in x + x′ε_t (itself a nested dual in lower tags); the number itself for a constant.</summary>
    public NestedDual PrimalPart => primalPart ?? this;

    /// <summary>x′ in x + x′ε_t: the derivative along ε_t; 0 for a constant.</summary>
    public NestedDual Tangent => tangent ?? Zero;

    /// <inheritdoc/>
    public static NestedDual Constant(double c) => c == 0 ? Zero : new NestedDual(c);

    /// <summary>A constant, so <c>NestedDual d = 2.0;</c> works.</summary>
    public static implicit operator NestedDual(double c) => Constant(c);

    /// <summary>x + 1·ε_tag: the input of the derivative call that owns <paramref name="tag"/>.</summary>
    internal static NestedDual Variable(long tag, NestedDual x) => new(tag, x, Constant(1));

    /// <summary>x + x′ε_t, simplified to x when x′ is 0 (keeps nested numbers small).</summary>
    internal static NestedDual Make(long tag, NestedDual primal, NestedDual tangent) =>
        tangent.IsZero ? primal : new NestedDual(tag, primal, tangent);

    internal bool IsZero => IsConstant && constant == 0;

    /// <summary>This number seen at level <paramref name="tag"/>: its primal and tangent parts if it
    /// carries that tag, else itself with tangent 0 (it is a constant as far as ε_tag goes).</summary>
    internal (NestedDual Primal, NestedDual Tangent) Split(long tag) =>
        Tag == tag ? (PrimalPart, Tangent) : (this, Zero);

    /// <summary>Writes x + x′ε_t with the tags shown, e.g. <c>(3 + 1ε₂)</c>.</summary>
    public override string ToString() => IsConstant
        ? MessageNumber.Text(constant)
        : string.Create(CultureInfo.InvariantCulture, $"({PrimalPart} + {Tangent}ε{Tag})");
}
