using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// The optimal steps h* of the error chart. A star marks each h* inside the swept steps; an h*
/// outside them (the complex step's 10⁻²⁰ lies far left of 10⁻¹⁶) gets a marker at that end of
/// the axis, pointing off the chart, and a legend entry that says where it is, so the axis stays
/// on the swept range.
/// </summary>
internal static class ErrorOptima
{
    /// <summary>The x-axis margin beyond the swept steps, in decades: room for the markers at its ends.</summary>
    public const double Margin = 0.25;

    /// <summary>The legend name of the stars inside the swept range.</summary>
    public const string InsideName = "optimal step h* of each method";

    public static IEnumerable<Trace> Traces(ErrorSweep sweep, double[] steps)
    {
        var rows = sweep.Optimal.Where(r => ErrorChart.ShownMethods.Contains(r.Method) && double.IsFinite(r.AbsoluteError)).ToList();
        double low = steps[0], high = steps[^1];
        var inside = rows.Where(r => r.Step >= low && r.Step <= high).ToList();
        if (inside.Count > 0)
            yield return Markers(InsideName, inside, inside.Select(r => r.Step).ToList(), "star", r => "");
        foreach (var row in rows.Except(inside))
        {
            bool left = row.Step < low;
            double edge = left ? low : high;
            string where = Invariant.Text($"{(left ? "left" : "right")} of the swept h = {Invariant.Scientific(edge)}");
            // Short enough not to widen the legend; the hover text says where exactly.
            string name = Invariant.Text($"h* of {ChartStyle.MethodName(row.Method)} = {Invariant.Scientific(row.Step)} (off the chart, {(left ? "left" : "right")})");
            var trace = Markers(name, [row], [edge], left ? "triangle-left" : "triangle-right",
                _ => Invariant.Text($"<br>drawn at the axis' end: h* lies {where}"));
            trace.SetProperty("cliponaxis", false);
            yield return trace;
        }
    }

    private static Trace Markers(string name, List<StepError> rows, List<double> x, string symbol, Func<StepError, string> note)
    {
        var hover = rows.Select(r => Invariant.Text(
            $"<b>optimal step for {ChartStyle.MethodName(r.Method)}</b><br>h* = {Invariant.Scientific(r.Step)}<br>{ErrorChart.ErrorText(r.AbsoluteError)}{note(r)}")).ToList();
        var trace = PlotlyParts.Scatter(name, x, rows.Select(r => ErrorChart.Drawn(r.AbsoluteError)).ToList(), hover,
            new TraceStyle(ChartStyle.Guide, Mode: "markers", Symbol: symbol, MarkerSize: 16));
        trace.SetProperty("marker", PlotlyParts.Obj(
            ("color", rows.Select(r => ChartStyle.MethodColor(r.Method)).ToArray()),
            ("size", 16), ("symbol", symbol),
            ("line", PlotlyParts.Obj(("color", ChartStyle.Ink), ("width", 1)))));
        return trace;
    }
}
