using System.Numerics;

namespace AutoDiff;

public static partial class Numeric
{
    private static readonly DifferenceMethod[] RealMethods =
    [
        DifferenceMethod.Forward, DifferenceMethod.Backward, DifferenceMethod.Central,
        DifferenceMethod.FivePoint, DifferenceMethod.Richardson,
    ];

    /// <summary>
    /// The data for the error chart: the error |estimate − exact| of every method at every step h.
    /// Plotted on log–log axes each method draws a V: on the right truncation error falls like hᵖ
    /// (slope p), on the left rounding error grows like ε/h (slope −1). The complex step (when
    /// <paramref name="complexF"/> is given) has no left arm.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <param name="exact">The true f′(x), e.g. from an analytic formula.</param>
    /// <param name="complexF">f over complex numbers, to include the complex step; optional.</param>
    /// <param name="steps">The steps h; by default 10⁻¹⁶ … 10⁻¹, four per decade.</param>
    /// <returns>Rows grouped by method (forward, backward, central, five-point, Richardson, then
    /// complex step), each group in the order of <paramref name="steps"/>. An error can be exactly 0
    /// (the complex step often hits f′ to the last bit), which a log axis cannot show.</returns>
    public static IReadOnlyList<StepError> StepSweep(Func<double, double> f, double x, double exact,
        Func<Complex, Complex>? complexF = null, IReadOnlyList<double>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var hs = steps ?? DefaultSteps();
        foreach (double h in hs) Guard.Positive(h, nameof(steps));

        var rows = new List<StepError>();
        foreach (var method in RealMethods)
        {
            foreach (double h in hs)
                rows.Add(Row(method, h, Stencils.Estimate(f, x, h, method), exact));
        }
        if (complexF is not null)
        {
            foreach (double h in hs)
                rows.Add(Row(DifferenceMethod.ComplexStep, h, ComplexStep(complexF, x, h), exact));
        }
        return rows;
    }

    private static StepError Row(DifferenceMethod method, double h, double estimate, double exact) =>
        new(method, h, estimate, Math.Abs(estimate - exact));

    // 10^(−16 + k/4) for k = 0 … 60: log-spaced, computed from integers so the grid is exact and
    // the same on every run.
    private static double[] DefaultSteps()
    {
        const int perDecade = 4;
        var steps = new double[15 * perDecade + 1];
        for (int k = 0; k < steps.Length; k++)
            steps[k] = Math.Pow(10, -16 + (double)k / perDecade);
        return steps;
    }
}
