using System.Globalization;
using System.Runtime.CompilerServices;

namespace AutoDiff;

/// <summary>
/// A dual number a + a′ε with ε² = 0, for forward mode: the <see cref="Primal"/> a carries the
/// value and the <see cref="Tangent"/> a′ carries a directional derivative along with it.
/// f(a + a′ε) = f(a) + f′(a)·a′ε, so every operation applies the chain rule as it goes (a JVP).
/// </summary>
/// <param name="Primal">The value.</param>
/// <param name="Tangent">The derivative of the value along the chosen direction.</param>
[PrimitiveFunctions] // Dual.Exp, Dual.Sin, …: written at build time from the table of primitives
public readonly partial record struct Dual(double Primal, double Tangent) : IScalar<Dual>
{
    /// <summary>An input seeded with tangent 1: differentiate with respect to it.</summary>
    public static Dual Variable(double primal) => new(primal, 1);

    /// <inheritdoc/>
    public static Dual Constant(double c) => new(c, 0);

    /// <summary>A constant, so <c>Dual d = 2.0;</c> works.</summary>
    public static implicit operator Dual(double c) => new(c, 0);

    /// <inheritdoc/>
    public static Dual operator +(Dual a, Dual b) => Binary<Primitives.Add>(a, b);
    /// <inheritdoc/>
    public static Dual operator -(Dual a, Dual b) => Binary<Primitives.Subtract>(a, b);
    /// <inheritdoc/>
    public static Dual operator *(Dual a, Dual b) => Binary<Primitives.Mul>(a, b);
    /// <inheritdoc/>
    public static Dual operator /(Dual a, Dual b) => Binary<Primitives.Div>(a, b);
    /// <inheritdoc/>
    public static Dual operator -(Dual a) => Unary<Primitives.Neg>(a);
    /// <inheritdoc/>
    public static Dual operator +(Dual a, double c) => Binary<Primitives.Add>(a, c);
    /// <inheritdoc/>
    public static Dual operator +(double c, Dual a) => Binary<Primitives.Add>(c, a);
    /// <inheritdoc/>
    public static Dual operator -(Dual a, double c) => Binary<Primitives.Subtract>(a, c);
    /// <inheritdoc/>
    public static Dual operator -(double c, Dual a) => Binary<Primitives.Subtract>(c, a);
    /// <inheritdoc/>
    public static Dual operator *(Dual a, double c) => Binary<Primitives.Mul>(a, c);
    /// <inheritdoc/>
    public static Dual operator *(double c, Dual a) => Binary<Primitives.Mul>(c, a);
    /// <inheritdoc/>
    public static Dual operator /(Dual a, double c) => Binary<Primitives.Div>(a, c);
    /// <inheritdoc/>
    public static Dual operator /(double c, Dual a) => Binary<Primitives.Div>(c, a);

    /// <inheritdoc/>
    public static Dual Pow(Dual a, double p) => Binary<Primitives.PowConst>(a, p);
    /// <inheritdoc/>
    public static Dual Pow(Dual a, Dual b) => Binary<Primitives.Pow>(a, b);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MessageNumber.Text(Primal)} + {MessageNumber.Text(Tangent)}ε");

    /// <summary>JVP of one primitive: tangent out = ∂r/∂a · a′, partials from the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual Unary<TPrimitive>(Dual a) where TPrimitive : struct, IPrimitive
    {
        double r = TPrimitive.Primal(a.Primal, 0);
        var (da, _) = TPrimitive.Partials<Real>(a.Primal, 0, r);
        // As in Binary: a zero tangent contributes nothing, even where the partial is infinite.
        return new Dual(r, a.Tangent == 0 ? 0 : da * a.Tangent);
    }

    /// <summary>JVP of one primitive: tangent out = ∂r/∂a · a′ + ∂r/∂b · b′.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual Binary<TPrimitive>(Dual a, Dual b) where TPrimitive : struct, IPrimitive
    {
        double r = TPrimitive.Primal(a.Primal, b.Primal);
        var (da, db) = TPrimitive.Partials<Real>(a.Primal, b.Primal, r);
        // A zero tangent contributes nothing, even where the partial is infinite (√ at 0).
        double t = (a.Tangent == 0 ? 0 : da * a.Tangent) + (b.Tangent == 0 ? 0 : db * b.Tangent);
        return new Dual(r, t);
    }

    /// <summary>JVP of a fused primitive: tangent out = Σₖ ∂r/∂aₖ · aₖ′, with the partials of the
    /// table (the same ones reverse mode sends adjoints back through).</summary>
    public static Dual Nary<TPrimitive>(ReadOnlySpan<Dual> operands) where TPrimitive : struct, INaryPrimitive
    {
        NaryShape.Check<TPrimitive>(operands.Length);
        var primals = new Real[operands.Length];
        for (int k = 0; k < operands.Length; k++) primals[k] = operands[k].Primal;
        double r = TPrimitive.Primal<Real>(primals);
        var partials = new Real[operands.Length];
        TPrimitive.Partials<Real>(primals, r, partials);
        double t = 0;
        for (int k = 0; k < operands.Length; k++)
        {
            if (operands[k].Tangent != 0) t += partials[k] * operands[k].Tangent; // as in Binary
        }
        return new Dual(r, t);
    }
}
