namespace AutoDiff;

/// <summary>
/// A plain double as an <see cref="IScalar{T}"/>: evaluates a generic function with no
/// derivative bookkeeping at all (the baseline that autodiff is measured against).
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
    public static Real Exp(Real a) => new(Rules.Primal(Op.Exp, a.Primal));
    /// <inheritdoc/>
    public static Real Log(Real a) => new(Rules.Primal(Op.Log, a.Primal));
    /// <inheritdoc/>
    public static Real Sin(Real a) => new(Rules.Primal(Op.Sin, a.Primal));
    /// <inheritdoc/>
    public static Real Cos(Real a) => new(Rules.Primal(Op.Cos, a.Primal));
    /// <inheritdoc/>
    public static Real Tan(Real a) => new(Rules.Primal(Op.Tan, a.Primal));
    /// <inheritdoc/>
    public static Real Tanh(Real a) => new(Rules.Primal(Op.Tanh, a.Primal));
    /// <inheritdoc/>
    public static Real Sigmoid(Real a) => new(Rules.Primal(Op.Sigmoid, a.Primal));
    /// <inheritdoc/>
    public static Real Relu(Real a) => new(Rules.Primal(Op.Relu, a.Primal));
    /// <inheritdoc/>
    public static Real Sqrt(Real a) => new(Rules.Primal(Op.Sqrt, a.Primal));
    /// <inheritdoc/>
    public static Real Abs(Real a) => new(Rules.Primal(Op.Abs, a.Primal));
    /// <inheritdoc/>
    public static Real Pow(Real a, double p) => new(Rules.Primal(Op.PowConst, a.Primal, p));
    /// <inheritdoc/>
    public static Real Pow(Real a, Real b) => new(Rules.Primal(Op.Pow, a.Primal, b.Primal));
    /// <inheritdoc/>
    public static Real Max(Real a, Real b) => new(Rules.Primal(Op.Max, a.Primal, b.Primal));
    /// <inheritdoc/>
    public static Real Min(Real a, Real b) => new(Rules.Primal(Op.Min, a.Primal, b.Primal));

    /// <inheritdoc/>
    public override string ToString() => Primal.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
