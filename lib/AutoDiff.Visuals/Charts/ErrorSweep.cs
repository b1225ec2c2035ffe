using System.Globalization;
using System.Numerics;

namespace AutoDiff.Visuals;

/// <summary>
/// Everything the numeric-vs-exact error chart shows: the sweep of every difference method over
/// step sizes h, each method's error at its optimal step h*, and the autodiff derivative.
/// </summary>
/// <param name="FunctionName">How the chart names f, e.g. "sin x".</param>
/// <param name="X">The point x.</param>
/// <param name="Exact">The true f′(x).</param>
/// <param name="FunctionValue">f(x): the rounding error of a difference quotient is about ε·|f(x)|/h.</param>
/// <param name="AutodiffDerivative">f′(x) from automatic differentiation, or null when not measured.</param>
/// <param name="Rows">The sweep (<see cref="Numeric.StepSweep"/>).</param>
/// <param name="Optimal">For each method in the sweep, its row at h* = <see cref="Numeric.OptimalStep"/>.</param>
public sealed record ErrorSweep(string FunctionName, double X, double Exact, double FunctionValue,
    double? AutodiffDerivative, IReadOnlyList<StepError> Rows, IReadOnlyList<StepError> Optimal)
{
    /// <summary>Sweeps every method over h = 10⁻¹⁶ … 10⁻¹ and evaluates each at its h*.</summary>
    /// <param name="functionName">How the chart names f.</param>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <param name="exact">The true f′(x), from a formula the learner can check.</param>
    /// <param name="complexF">f over complex numbers, to include the complex step.</param>
    /// <param name="autodiffDerivative">f′(x) from autodiff, drawn as the exact line.</param>
    public static ErrorSweep Measure(string functionName, Func<double, double> f, double x, double exact,
        Func<Complex, Complex>? complexF = null, double? autodiffDerivative = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        // Every error is measured against exact: a NaN or ∞ there would give a chart with nothing on it.
        if (!double.IsFinite(x) || !double.IsFinite(exact) || !double.IsFinite(f(x)))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Cannot chart {functionName} at x = {x}: f(x) = {f(x)} and f′(x) = {exact} must both be finite numbers. Choose a point inside the function's domain (for ln x, any x > 0)."),
                nameof(exact));
        var rows = Numeric.StepSweep(f, x, exact, complexF);
        var optimal = rows.Select(r => r.Method).Distinct()
            .Select(m => Numeric.StepSweep(f, x, exact, complexF, [Numeric.OptimalStep(m)]).First(r => r.Method == m))
            .ToList();
        return new ErrorSweep(functionName, x, exact, f(x), autodiffDerivative, rows, optimal);
    }

    /// <summary>The lesson's default: f(x) = sin x at x = 1, where f′(1) = cos 1 ≈ 0.5403, with the
    /// autodiff derivative from forward mode (dual numbers).</summary>
    public static ErrorSweep SinAtOne() =>
        Measure("sin x", Math.Sin, 1.0, Math.Cos(1.0), Complex.Sin, Forward.Derivative(Dual.Sin, 1.0));
}
