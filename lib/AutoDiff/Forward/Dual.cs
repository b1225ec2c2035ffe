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
public readonly record struct Dual(double Primal, double Tangent) : IScalar<Dual>
{
    /// <summary>An input seeded with tangent 1: differentiate with respect to it.</summary>
    public static Dual Variable(double primal) => new(primal, 1);

    /// <inheritdoc/>
    public static Dual Constant(double c) => new(c, 0);

    /// <summary>A constant, so <c>Dual d = 2.0;</c> works.</summary>
    public static implicit operator Dual(double c) => new(c, 0);

    /// <inheritdoc/>
    public static Dual operator +(Dual a, Dual b) => Binary(Op.Add, a, b);
    /// <inheritdoc/>
    public static Dual operator -(Dual a, Dual b) => Binary(Op.Sub, a, b);
    /// <inheritdoc/>
    public static Dual operator *(Dual a, Dual b) => Binary(Op.Mul, a, b);
    /// <inheritdoc/>
    public static Dual operator /(Dual a, Dual b) => Binary(Op.Div, a, b);
    /// <inheritdoc/>
    public static Dual operator -(Dual a) => Unary(Op.Neg, a);
    /// <inheritdoc/>
    public static Dual operator +(Dual a, double c) => Binary(Op.Add, a, c);
    /// <inheritdoc/>
    public static Dual operator +(double c, Dual a) => Binary(Op.Add, c, a);
    /// <inheritdoc/>
    public static Dual operator -(Dual a, double c) => Binary(Op.Sub, a, c);
    /// <inheritdoc/>
    public static Dual operator -(double c, Dual a) => Binary(Op.Sub, c, a);
    /// <inheritdoc/>
    public static Dual operator *(Dual a, double c) => Binary(Op.Mul, a, c);
    /// <inheritdoc/>
    public static Dual operator *(double c, Dual a) => Binary(Op.Mul, c, a);
    /// <inheritdoc/>
    public static Dual operator /(Dual a, double c) => Binary(Op.Div, a, c);
    /// <inheritdoc/>
    public static Dual operator /(double c, Dual a) => Binary(Op.Div, c, a);

    /// <inheritdoc/>
    public static Dual Exp(Dual a) => Unary(Op.Exp, a);
    /// <inheritdoc/>
    public static Dual Log(Dual a) => Unary(Op.Log, a);
    /// <inheritdoc/>
    public static Dual Sin(Dual a) => Unary(Op.Sin, a);
    /// <inheritdoc/>
    public static Dual Cos(Dual a) => Unary(Op.Cos, a);
    /// <inheritdoc/>
    public static Dual Tan(Dual a) => Unary(Op.Tan, a);
    /// <inheritdoc/>
    public static Dual Tanh(Dual a) => Unary(Op.Tanh, a);
    /// <inheritdoc/>
    public static Dual Sigmoid(Dual a) => Unary(Op.Sigmoid, a);
    /// <inheritdoc/>
    public static Dual Relu(Dual a) => Unary(Op.Relu, a);
    /// <inheritdoc/>
    public static Dual Sqrt(Dual a) => Unary(Op.Sqrt, a);
    /// <inheritdoc/>
    public static Dual Abs(Dual a) => Unary(Op.Abs, a);
    /// <inheritdoc/>
    public static Dual Pow(Dual a, double p) => Binary(Op.PowConst, a, p);
    /// <inheritdoc/>
    public static Dual Pow(Dual a, Dual b) => Binary(Op.Pow, a, b);
    /// <inheritdoc/>
    public static Dual Max(Dual a, Dual b) => Binary(Op.Max, a, b);
    /// <inheritdoc/>
    public static Dual Min(Dual a, Dual b) => Binary(Op.Min, a, b);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Primal:G6} + {Tangent:G6}ε");

    // JVP of one primitive: tangent out = ∂r/∂a · a′ + ∂r/∂b · b′, partials from the table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual Unary(Op op, Dual a)
    {
        double r = Rules.Primal(op, a.Primal);
        var (da, _) = Rules.Partials<Real>(op, a.Primal, 0, r);
        // As in Binary: a zero tangent contributes nothing, even where the partial is infinite.
        return new Dual(r, a.Tangent == 0 ? 0 : da * a.Tangent);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual Binary(Op op, Dual a, Dual b)
    {
        double r = Rules.Primal(op, a.Primal, b.Primal);
        var (da, db) = Rules.Partials<Real>(op, a.Primal, b.Primal, r);
        // A zero tangent contributes nothing, even where the partial is infinite (√ at 0).
        double t = (a.Tangent == 0 ? 0 : da * a.Tangent) + (b.Tangent == 0 ? 0 : db * b.Tangent);
        return new Dual(r, t);
    }
}
