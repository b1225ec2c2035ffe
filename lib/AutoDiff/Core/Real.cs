namespace AutoDiff;

/// <summary>
/// A plain double as an <see cref="IScalar{T}"/>: evaluates a generic function with no
/// derivative bookkeeping at all (the baseline that autodiff is measured against). Its functions
/// (<c>T.Sin</c>, …) are the defaults of <see cref="IScalar{T}"/>: each primitive's primal.
/// </summary>
/// <param name="Primal">The value.</param>
public readonly record struct Real(double Primal) : IScalar<Real>
{
    /// <summary>Wraps a double.</summary>
    public static implicit operator Real(double x) => new(x);

    /// <summary>Unwraps to a double.</summary>
    public static implicit operator double(Real x) => x.Primal;

    /// <inheritdoc/>
    public static Real Constant(double c) => new(c);

    /// <inheritdoc/>
    public static Real operator +(Real a, Real b) => new(a.Primal + b.Primal);
    /// <inheritdoc/>
    public static Real operator -(Real a, Real b) => new(a.Primal - b.Primal);
    /// <inheritdoc/>
    public static Real operator *(Real a, Real b) => new(a.Primal * b.Primal);
    /// <inheritdoc/>
    public static Real operator /(Real a, Real b) => new(a.Primal / b.Primal);
    /// <inheritdoc/>
    public static Real operator -(Real a) => new(-a.Primal);
    /// <inheritdoc/>
    public static Real operator +(Real a, double c) => new(a.Primal + c);
    /// <inheritdoc/>
    public static Real operator +(double c, Real a) => new(c + a.Primal);
    /// <inheritdoc/>
    public static Real operator -(Real a, double c) => new(a.Primal - c);
    /// <inheritdoc/>
    public static Real operator -(double c, Real a) => new(c - a.Primal);
    /// <inheritdoc/>
    public static Real operator *(Real a, double c) => new(a.Primal * c);
    /// <inheritdoc/>
    public static Real operator *(double c, Real a) => new(c * a.Primal);
    /// <inheritdoc/>
    public static Real operator /(Real a, double c) => new(a.Primal / c);
    /// <inheritdoc/>
    public static Real operator /(double c, Real a) => new(c / a.Primal);

    /// <inheritdoc/>
    public static Real Unary<TPrimitive>(Real a) where TPrimitive : struct, IPrimitive => new(TPrimitive.Primal(a.Primal, 0));
    /// <inheritdoc/>
    public static Real Binary<TPrimitive>(Real a, Real b) where TPrimitive : struct, IPrimitive => new(TPrimitive.Primal(a.Primal, b.Primal));

    /// <inheritdoc/>
    public override string ToString() => MessageNumber.Text(Primal);
}
