using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>How one scatter trace is drawn.</summary>
/// <param name="Color">Line and marker colour.</param>
/// <param name="Mode">Plotly mode: "lines", "markers", "lines+markers" or with "+text".</param>
/// <param name="Dash">Plotly dash style: "solid", "dash", "dot", "dashdot".</param>
/// <param name="Width">Line width in pixels.</param>
/// <param name="Symbol">Marker symbol, e.g. "circle", "star", "diamond".</param>
/// <param name="MarkerSize">Marker size in pixels.</param>
/// <param name="XAxis">The x axis id ("x", "x2").</param>
/// <param name="YAxis">The y axis id ("y", "y2").</param>
/// <param name="ShowLegend">Whether the trace gets a legend entry.</param>
public sealed record TraceStyle(string Color, string Mode = "lines+markers", string Dash = "solid", double Width = 2,
    string Symbol = "circle", double MarkerSize = 6, string XAxis = "x", string YAxis = "y", bool ShowLegend = true);

/// <summary>
/// The few Plotly building blocks the charts need, written as plain Plotly JSON properties on
/// Plotly.NET objects. Building them directly keeps every property explicit (hover text, axis
/// ids, log axes), and the JSON Plotly.NET emits is exactly what is written here.
/// </summary>
internal static class PlotlyParts
{
    /// <summary>A scatter trace with one hover text per point (shown verbatim; &lt;br&gt; breaks lines).</summary>
    public static Trace Scatter(string name, IReadOnlyList<double> x, IReadOnlyList<double> y,
        IReadOnlyList<string> hover, TraceStyle style)
    {
        if (x.Count != y.Count || x.Count != hover.Count)
            throw new ArgumentException(FormattableString.Invariant($"Trace '{name}' needs as many x ({x.Count}), y ({y.Count}) and hover texts ({hover.Count})."));
        var trace = new Trace2D("scatter");
        trace.SetProperty("name", name);
        trace.SetProperty("x", x.ToArray());
        trace.SetProperty("y", y.ToArray());
        trace.SetProperty("mode", style.Mode);
        trace.SetProperty("line", Obj(("color", style.Color), ("width", style.Width), ("dash", style.Dash)));
        trace.SetProperty("marker", Obj(("color", style.Color), ("size", style.MarkerSize), ("symbol", style.Symbol)));
        trace.SetProperty("hovertext", hover.ToArray());
        trace.SetProperty("hovertemplate", "%{hovertext}<extra></extra>");
        trace.SetProperty("xaxis", style.XAxis);
        trace.SetProperty("yaxis", style.YAxis);
        trace.SetProperty("showlegend", style.ShowLegend);
        return trace;
    }

    /// <summary>An axis: title with units, linear or log, grid and line colours of the chart style.</summary>
    public static Dictionary<string, object> Axis(string title, bool log = false, params (string Key, object Value)[] extra)
    {
        var axis = Obj(
            ("title", Obj(("text", title))),
            ("type", log ? "log" : "linear"),
            ("exponentformat", "power"),
            ("gridcolor", ChartStyle.Grid),
            ("zerolinecolor", ChartStyle.Grid),
            ("linecolor", ChartStyle.AxisLine),
            ("showline", true),
            ("ticks", "outside"),
            ("automargin", true));
        foreach (var (key, value) in extra) axis[key] = value;
        return axis;
    }

    /// <summary>A chart from traces, a title and axes (keys "xaxis", "yaxis", "yaxis2", ...).</summary>
    public static GenericChart Chart(string title, IEnumerable<Trace> traces, params (string Key, object Value)[] layoutEntries)
    {
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", title), ("x", 0.02), ("xanchor", "left")));
        layout.SetProperty("paper_bgcolor", ChartStyle.Background);
        layout.SetProperty("plot_bgcolor", ChartStyle.Background);
        layout.SetProperty("font", Obj(("family", Theme.FontFamily), ("color", ChartStyle.Ink), ("size", 13)));
        layout.SetProperty("height", ChartStyle.Height);
        layout.SetProperty("margin", Obj(("l", 80), ("r", 40), ("t", 60), ("b", 70)));
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("legend", Obj(("bgcolor", "rgba(255,255,255,0.9)"), ("bordercolor", ChartStyle.Grid), ("borderwidth", 1)));
        foreach (var (key, value) in layoutEntries) layout.SetProperty(key, value);

        var config = new Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);

        var chart = GenericChart.ofTraceObjects(false, traces.ToList());
        return GenericChart.setConfig(config, GenericChart.setLayout(layout, chart));
    }

    /// <summary>A plain JSON object with keys in the given order.</summary>
    public static Dictionary<string, object> Obj(params (string Key, object Value)[] entries)
    {
        var obj = new Dictionary<string, object>(entries.Length, StringComparer.Ordinal);
        foreach (var (key, value) in entries) obj[key] = value;
        return obj;
    }
}
