using System.Numerics;
using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// Numeric vs exact derivative: |error| against step h on log–log axes. Each difference method
/// draws a V — truncation error C·hᵖ on the right, rounding error ≈ ε·|f|/h on the left — with its
/// optimal step h* starred (an h* outside the swept steps is marked at the axis' end and named in
/// the legend); the autodiff derivative is a flat line at machine precision.
/// </summary>
public static class ErrorChart
{
    /// <summary>Errors of exactly 0 are drawn at this height (a log axis cannot show 0) and say so.</summary>
    public const double Floor = 1e-17;

    /// <summary>The methods drawn at first (the others are listed in the legend, one click away).</summary>
    internal static readonly DifferenceMethod[] ShownMethods =
        [DifferenceMethod.Forward, DifferenceMethod.Central, DifferenceMethod.FivePoint, DifferenceMethod.ComplexStep];

    /// <summary>The lesson's default chart: f(x) = sin x at x = 1 (f′(1) = cos 1).</summary>
    public static GenericChart Create() => Create(ErrorSweep.SinAtOne());

    /// <summary>The chart for any f, e.g. <c>Create("eˣ", Math.Exp, 0, 1, Complex.Exp)</c>.</summary>
    /// <param name="functionName">How the chart names f.</param>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <param name="exact">The true f′(x).</param>
    /// <param name="complexF">f over complex numbers, to include the complex step.</param>
    /// <param name="autodiffDerivative">f′(x) from autodiff, drawn as the exact line.</param>
    public static GenericChart Create(string functionName, Func<double, double> f, double x, double exact,
        Func<Complex, Complex>? complexF = null, double? autodiffDerivative = null) =>
        Create(ErrorSweep.Measure(functionName, f, x, exact, complexF, autodiffDerivative));

    /// <summary>The chart of a measured sweep.</summary>
    public static GenericChart Create(ErrorSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var steps = sweep.Rows.Select(r => r.Step).Distinct().Order().ToArray();
        var traces = new List<Trace>();
        foreach (var method in sweep.Rows.Select(r => r.Method).Distinct())
            traces.Add(MethodTrace(sweep, method));
        traces.AddRange(ErrorGuides.Truncation(sweep, steps));
        traces.Add(ErrorGuides.RoundOff(sweep, steps));
        traces.Add(ErrorGuides.Exact(sweep, steps));
        traces.AddRange(ErrorOptima.Traces(sweep, steps));

        string title = Invariant.Text($"Numeric vs exact derivative of {sweep.FunctionName} at x = {NumberText.Format(sweep.X)}: error against step size h");
        return PlotlyParts.Chart(title, traces,
            // The axis spans the swept steps (a little margin for the markers at its ends), never an optimum outside them.
            ("xaxis", PlotlyParts.Axis("step size h (log scale)", log: true,
                ("range", new[] { Math.Log10(steps[0]) - ErrorOptima.Margin, Math.Log10(steps[^1]) + ErrorOptima.Margin }))),
            ("yaxis", PlotlyParts.Axis("absolute error |estimate − f′(x)| (log scale)", log: true,
                ("range", new[] { Math.Log10(Floor) - 0.5, 1.0 }))),
            ("height", 560),
            ("annotations", new[]
            {
                Note(0.01, "← rounding error wins (∝ ε/h)", "left"),
                Note(0.99, "truncation error wins (∝ hᵖ) →", "right"),
            }));
    }

    /// <summary>The error at which a point is drawn: the error itself, or <see cref="Floor"/> for 0.</summary>
    public static double Drawn(double error) => error > Floor ? error : Floor;

    /// <summary>Hover text for an error, saying when it was exactly 0 and floored.</summary>
    public static string ErrorText(double error) => error == 0
        ? Invariant.Text($"|error| = 0 exactly (drawn at {Floor:0e0}: a log axis cannot show 0)")
        : "|error| = " + Invariant.Scientific(error);

    private static Trace MethodTrace(ErrorSweep sweep, DifferenceMethod method)
    {
        var rows = sweep.Rows.Where(r => r.Method == method && double.IsFinite(r.AbsoluteError)).ToList();
        var hover = rows.Select(r => Invariant.Text(
            $"<b>{ChartStyle.MethodName(method)}</b><br>h = {Invariant.Scientific(r.Step)}<br>estimate = {r.Estimate:R}<br>{ErrorText(r.AbsoluteError)}")).ToList();
        var trace = PlotlyParts.Scatter(ChartStyle.MethodName(method), rows.Select(r => r.Step).ToList(),
            rows.Select(r => Drawn(r.AbsoluteError)).ToList(), hover,
            new TraceStyle(ChartStyle.MethodColor(method), MarkerSize: 5,
                // The complex step's right arm lies on the central difference's (both C·h²): dashed, both show.
                Dash: method == DifferenceMethod.ComplexStep ? "dash" : "solid"));
        // Backward mirrors forward and Richardson crowds the picture: listed, one click away.
        if (!ShownMethods.Contains(method)) trace.SetProperty("visible", "legendonly");
        return trace;
    }

    private static Dictionary<string, object> Note(double x, string text, string anchor) => PlotlyParts.Obj(
        ("xref", "paper"), ("yref", "paper"), ("x", x), ("y", 0.99), ("xanchor", anchor), ("yanchor", "top"),
        ("showarrow", false), ("text", text), ("font", PlotlyParts.Obj(("color", ChartStyle.Guide), ("size", 12))));
}
