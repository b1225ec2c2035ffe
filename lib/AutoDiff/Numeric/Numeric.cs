using System.Numerics;

namespace AutoDiff;

/// <summary>
/// Numeric differentiation: derivatives estimated from values of f alone. This is the
/// independent check that autodiff is measured against, and the lesson in why autodiff exists:
/// every formula here trades truncation error (large h) against rounding error (small h).
/// Nothing here mutates the caller's arrays or keeps state between calls.
/// </summary>
public static partial class Numeric
{
    /// <summary>Machine epsilon 2⁻⁵² ≈ 2.2·10⁻¹⁶, the spacing of doubles near 1
    /// (not <see cref="double.Epsilon"/>, which is the smallest subnormal).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// f′(x) by a difference formula. Without <paramref name="step"/>, h = <see cref="OptimalStep"/>
    /// × max(1, |x|), so the step scales with the size of x.
    /// </summary>
    /// <exception cref="ArgumentException">For <see cref="DifferenceMethod.ComplexStep"/>: it needs a
    /// complex f, so call <see cref="ComplexStep"/> instead.</exception>
    public static double Derivative(Func<double, double> f, double x, DifferenceMethod method = DifferenceMethod.Central, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        double h = StepAt(x, method, step);
        return Stencils.Estimate(f, x, h, method);
    }

    /// <summary>
    /// The complex-step derivative f′(x) ≈ Im f(x + ih) / h. By Taylor,
    /// f(x + ih) = f(x) + ih·f′(x) − h²f″(x)/2 − …, so the imaginary part holds f′ with error O(h²)
    /// and no subtraction of nearly equal numbers: h = 10⁻²⁰ gives f′ to machine precision.
    /// f must be analytic (no |x|, max or comparisons on the real part).
    /// </summary>
    public static double ComplexStep(Func<Complex, Complex> f, double x, double step = 1e-20)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Positive(step, nameof(step));
        return f(new Complex(x, step)).Imaginary / step;
    }

    /// <summary>
    /// ∇f(x) for f: ℝⁿ → ℝ, one partial derivative at a time: ∂f/∂xᵢ by <paramref name="method"/>
    /// along the unit vector eᵢ (2n evaluations of f for central differences). Each evaluation gets
    /// a fresh copy of x, so neither this method nor f can change the caller's array.
    /// </summary>
    public static double[] Grad(Func<double[], double> f, double[] x, DifferenceMethod method = DifferenceMethod.Central, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        var point = (double[])x.Clone();
        var grad = new double[point.Length];
        for (int i = 0; i < point.Length; i++)
        {
            int index = i;
            double h = StepAt(point[i], method, step);
            grad[i] = Stencils.Estimate(t => f(Moved(point, index, t)), point[i], h, method);
        }
        return grad;
    }

    /// <summary>
    /// The step that balances truncation and rounding error. A method with truncation error C·hᵖ
    /// computed from values of f rounded to relative error ε has total error ≈ C·hᵖ + ε/h
    /// (f and its derivatives of order 1). Setting the derivative in h to zero gives
    /// h* ∝ ε^(1/(p+1)): forward/backward (p = 1) √ε ≈ 1.5·10⁻⁸, central (p = 2) ∛ε ≈ 6·10⁻⁶,
    /// five-point (p = 4) ε^(1/5) ≈ 7·10⁻⁴, Richardson with three levels (p = 6) ε^(1/7) ≈ 6·10⁻³.
    /// The complex step has no rounding term, so any tiny h works: 10⁻²⁰.
    /// </summary>
    public static double OptimalStep(DifferenceMethod method) => method switch
    {
        DifferenceMethod.Forward or DifferenceMethod.Backward => Math.Sqrt(MachineEpsilon),
        DifferenceMethod.Central => Math.Cbrt(MachineEpsilon),
        DifferenceMethod.FivePoint => Math.Pow(MachineEpsilon, 1.0 / 5),
        DifferenceMethod.Richardson => Math.Pow(MachineEpsilon, 1.0 / 7),
        DifferenceMethod.ComplexStep => 1e-20,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown difference method: use one of the DifferenceMethod values."),
    };

    private static double StepAt(double x, DifferenceMethod method, double? step)
    {
        if (step is { } h)
        {
            Guard.Positive(h, nameof(step));
            return h;
        }
        // A relative step: h* is right for |x| near 1; far from 0 the spacing of doubles grows with |x|.
        double scale = double.IsFinite(x) ? Math.Max(1, Math.Abs(x)) : 1;
        return OptimalStep(method) * scale;
    }

    private static double[] Moved(double[] point, int index, double value)
    {
        var moved = (double[])point.Clone();
        moved[index] = value;
        return moved;
    }
}
