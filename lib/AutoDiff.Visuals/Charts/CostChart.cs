using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// What each mode costs. For a gradient of f: ℝⁿ → ℝ forward mode needs n passes (cost grows
/// like n) while reverse mode needs one trace and one sweep (a constant multiple of f). For a
/// Jacobian of f: ℝⁿ → ℝᵐ forward needs n passes and reverse m sweeps: the crossover is m = n.
/// </summary>
public static class CostChart
{
    /// <summary>Smallest time drawn on the log axis: a measurement below the timer's resolution.</summary>
    public const double TimeFloorMilliseconds = 1e-4;

    // Fresh arrays per chart: a chart keeps them in its layout, so sharing one would let a change
    // to one chart's layout reach every later chart.
    private static double[] LeftDomain => [0.0, 0.45];
    private static double[] RightDomain => [0.56, 1.0];

    /// <summary>The gradient cost chart for n = 1, 2, 4, …, 256 inputs (measured now).</summary>
    public static GenericChart Gradient() => Gradient(CostModel.GradientCost([1, 2, 4, 8, 16, 32, 64, 128, 256]));

    /// <summary>Operation counts (left) and measured time (right) of one gradient against n, both modes, log–log.</summary>
    public static GenericChart Gradient(IReadOnlyList<GradientCostRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("No cost rows to draw: pass CostModel.GradientCost(...).", nameof(rows));
        var n = rows.Select(r => (double)r.Inputs).ToList();
        Trace[] traces =
        [
            PlotlyParts.Scatter("forward mode (n passes)", n, rows.Select(r => (double)r.ForwardOperations).ToList(),
                rows.Select(r => OpsHover(r, "forward", r.ForwardOperations)).ToList(), new TraceStyle(ChartStyle.ForwardMode)),
            PlotlyParts.Scatter("reverse mode (1 trace + 1 sweep)", n, rows.Select(r => (double)r.ReverseOperations).ToList(),
                rows.Select(r => OpsHover(r, "reverse", r.ReverseOperations)).ToList(), new TraceStyle(ChartStyle.ReverseMode)),
            PlotlyParts.Scatter("forward mode time", n, rows.Select(r => Math.Max(r.ForwardMilliseconds, TimeFloorMilliseconds)).ToList(),
                rows.Select(r => TimeHover(r, "forward", r.ForwardMilliseconds)).ToList(),
                new TraceStyle(ChartStyle.ForwardMode, Dash: "dash", Symbol: "square", XAxis: "x2", YAxis: "y2", ShowLegend: false)),
            PlotlyParts.Scatter("reverse mode time", n, rows.Select(r => Math.Max(r.ReverseMilliseconds, TimeFloorMilliseconds)).ToList(),
                rows.Select(r => TimeHover(r, "reverse", r.ReverseMilliseconds)).ToList(),
                new TraceStyle(ChartStyle.ReverseMode, Dash: "dash", Symbol: "square", XAxis: "x2", YAxis: "y2", ShowLegend: false)),
        ];
        return PlotlyParts.Chart("Cost of one gradient of f: ℝⁿ → ℝ as the number of inputs n grows", traces,
            ("xaxis", PlotlyParts.Axis("inputs n (log scale)", log: true, ("domain", LeftDomain), ("anchor", "y"), ("tickvals", n))),
            ("yaxis", PlotlyParts.Axis("primitive operations (count, log scale)", log: true, ("anchor", "x"), ("dtick", 1))),
            ("xaxis2", PlotlyParts.Axis("inputs n (log scale)", log: true, ("domain", RightDomain), ("anchor", "y2"), ("tickvals", n))),
            ("yaxis2", PlotlyParts.Axis("measured time (ms, log scale)", log: true, ("anchor", "x2"), ("dtick", 1))),
            ("annotations", new[] { SubplotTitle(0.225, "operation count"), SubplotTitle(0.78, "wall-clock time (dashed)") }),
            ("legend", BottomLegend));
    }

    /// <summary>The Jacobian cost chart for n = 16 inputs and m = 1 … 256 outputs (counted now).</summary>
    public static GenericChart Jacobian() => Jacobian(CostModel.JacobianCost(16, [1, 2, 4, 8, 16, 32, 64, 128, 256]));

    /// <summary>Operations for a whole Jacobian against the number of outputs m (n fixed), both
    /// modes, with the crossover m = n marked: wide (m &lt; n) favours reverse, tall (m &gt; n) forward.</summary>
    public static GenericChart Jacobian(IReadOnlyList<JacobianCostRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("No cost rows to draw: pass CostModel.JacobianCost(...).", nameof(rows));
        int inputs = rows[0].Inputs;
        var m = rows.Select(r => (double)r.Outputs).ToList();
        var all = rows.SelectMany(r => new[] { r.ForwardOperations, r.ReverseOperations }).Where(v => v > 0).ToList();
        double low = all.Count > 0 ? all.Min() : 1, high = all.Count > 0 ? all.Max() : 10;
        string crossover = Invariant.Text($"<b>m = n = {inputs}</b><br>n forward passes against m backward sweeps:<br>reverse wins left of here (wide), forward right of it (tall);<br>the measured lines cross a little later because reverse also traces f once");
        Trace[] traces =
        [
            PlotlyParts.Scatter(Invariant.Text($"forward mode (n = {inputs} passes)"), m, rows.Select(r => (double)r.ForwardOperations).ToList(),
                rows.Select(r => JacobianHover(r, "forward", r.ForwardOperations)).ToList(), new TraceStyle(ChartStyle.ForwardMode)),
            PlotlyParts.Scatter("reverse mode (m sweeps)", m, rows.Select(r => (double)r.ReverseOperations).ToList(),
                rows.Select(r => JacobianHover(r, "reverse", r.ReverseOperations)).ToList(), new TraceStyle(ChartStyle.ReverseMode)),
            PlotlyParts.Scatter("m = n (passes equal sweeps)", [inputs, inputs], [low, high], [crossover, crossover],
                new TraceStyle(ChartStyle.Guide, Mode: "lines", Dash: "dot", Width: 1.5)),
        ];
        return PlotlyParts.Chart(Invariant.Text($"Cost of a whole Jacobian of f: ℝ<sup>{inputs}</sup> → ℝ<sup>m</sup>, wide (m < n) vs tall (m > n)"), traces,
            ("xaxis", PlotlyParts.Axis("outputs m (log scale)", log: true, ("tickvals", m))),
            ("yaxis", PlotlyParts.Axis("primitive operations (count, log scale)", log: true, ("dtick", 1))),
            ("legend", BottomLegend));
    }

    private static string OpsHover(GradientCostRow r, string mode, long ops) => Invariant.Text(
        $"<b>{mode} mode, n = {r.Inputs}</b><br>operations = {NumberText.Count(ops)}<br>ops per input = {NumberText.Format((double)ops / r.Inputs)}");

    private static string TimeHover(GradientCostRow r, string mode, double ms) => Invariant.Text(
        $"<b>{mode} mode, n = {r.Inputs}</b><br>time = {(ms > 0 ? NumberText.Format(ms) + " ms" : "below timer resolution (drawn at 1e−4 ms)")}");

    private static string JacobianHover(JacobianCostRow r, string mode, long ops) => Invariant.Text(
        $"<b>{mode} mode, n = {r.Inputs}, m = {r.Outputs}</b><br>operations = {NumberText.Count(ops)}<br>{(r.Outputs < r.Inputs ? "wide Jacobian (m < n)" : r.Outputs > r.Inputs ? "tall Jacobian (m > n)" : "square (m = n)")}");

    private static Dictionary<string, object> BottomLegend =>
        PlotlyParts.Obj(("orientation", "h"), ("x", 0.0), ("y", -0.2), ("bgcolor", "rgba(255,255,255,0)"));

    private static Dictionary<string, object> SubplotTitle(double x, string text) => PlotlyParts.Obj(
        ("xref", "paper"), ("yref", "paper"), ("x", x), ("y", 1.0), ("xanchor", "center"), ("yanchor", "bottom"),
        ("showarrow", false), ("text", text), ("font", PlotlyParts.Obj(("size", 13))));
}
