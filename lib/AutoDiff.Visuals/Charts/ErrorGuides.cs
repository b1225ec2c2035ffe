using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// The explanatory lines of the error chart: truncation C·hᵖ for the first-, second- and
/// fourth-order methods (C fitted where truncation dominates, at h ≈ 10⁻²), the rounding error
/// ε·|f(x)|/h, and the exact (autodiff) error.
/// </summary>
internal static class ErrorGuides
{
    private const double AnchorStep = 1e-2;
    private const double Ceiling = 10;

    private static readonly (DifferenceMethod Method, int Order, string Power)[] Orders =
    [
        (DifferenceMethod.Forward, 1, "h"),
        (DifferenceMethod.Central, 2, "h²"),
        (DifferenceMethod.FivePoint, 4, "h⁴"),
    ];

    public static IEnumerable<Trace> Truncation(ErrorSweep sweep, double[] steps)
    {
        foreach (var (method, order, power) in Orders)
        {
            var anchor = sweep.Rows.Where(r => r.Method == method && r.AbsoluteError > 0 && double.IsFinite(r.AbsoluteError))
                .OrderBy(r => Math.Abs(Math.Log10(r.Step / AnchorStep))).FirstOrDefault();
            if (anchor.Step <= 0) continue;
            double c = anchor.AbsoluteError / Math.Pow(anchor.Step, order);
            yield return Guide($"truncation ∝ {power} ({ChartStyle.MethodName(method)})", ChartStyle.MethodColor(method), steps,
                h => c * Math.Pow(h, order),
                (h, e) => Invariant.Text($"<b>truncation error ≈ C·{power}</b><br>C = {Invariant.Scientific(c)} (fitted at h = {Invariant.Scientific(anchor.Step)})<br>h = {Invariant.Scientific(h)}<br>≈ {Invariant.Scientific(e)}"));
        }
    }

    public static Trace RoundOff(ErrorSweep sweep, double[] steps)
    {
        double scale = Math.Abs(sweep.FunctionValue) is > 0 and var a && double.IsFinite(a) ? a : 1;
        return Guide("rounding ∝ ε/h", ChartStyle.Guide, steps, h => Numeric.MachineEpsilon * scale / h,
            (h, e) => Invariant.Text($"<b>rounding error ≈ ε·|f(x)|/h</b><br>ε = 2.2e−16, |f(x)| = {NumberText.Format(scale)}<br>h = {Invariant.Scientific(h)}<br>≈ {Invariant.Scientific(e)}"));
    }

    public static Trace Exact(ErrorSweep sweep, double[] steps)
    {
        double error = sweep.AutodiffDerivative is { } d ? Math.Abs(d - sweep.Exact) : Numeric.MachineEpsilon * Math.Abs(sweep.Exact);
        string what = sweep.AutodiffDerivative is { } ad
            ? Invariant.Text($"<b>autodiff (exact)</b><br>f′(x) = {ad:R}<br>{ErrorChart.ErrorText(error)}")
            : Invariant.Text($"<b>machine precision</b><br>ε·|f′(x)| = {Invariant.Scientific(error)}: what exact derivatives reach");
        double[] ends = [steps[0], steps[^1]];
        return PlotlyParts.Scatter(sweep.AutodiffDerivative is null ? "machine precision ε·|f′(x)|" : "autodiff (exact, to the last bit)",
            ends, [ErrorChart.Drawn(error), ErrorChart.Drawn(error)], [what, what],
            new TraceStyle(ChartStyle.Exact, Mode: "lines", Width: 3));
    }

    private static Trace Guide(string name, string color, double[] steps, Func<double, double> model, Func<double, double, string> hover)
    {
        var points = steps.Select(h => (H: h, E: model(h))).Where(p => p.E is >= ErrorChart.Floor and <= Ceiling).ToList();
        return PlotlyParts.Scatter(name, points.Select(p => p.H).ToList(), points.Select(p => p.E).ToList(),
            points.Select(p => hover(p.H, p.E)).ToList(),
            new TraceStyle(color, Mode: "lines", Dash: "dot", Width: 1.5));
    }
}
