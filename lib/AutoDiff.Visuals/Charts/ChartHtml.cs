using System.Globalization;
using System.Text;
using PlotlyJsReader;
using Newtonsoft.Json;
using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// A Plotly.NET chart as HTML. <see cref="Render"/> gives a fragment for a notebook cell or a
/// page that already has plotly.js; <see cref="Page(GenericChart)"/> and <see cref="Save"/> give a
/// self-contained page with plotly.js inlined, which draws offline. The chart's Plotly JSON is
/// always in the HTML (a <c>script type="application/json"</c> element), and the element id is
/// a hash of that JSON, so the same chart gives the same bytes.
/// </summary>
public static class ChartHtml
{
    private static readonly JsonSerializerSettings Json = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        // \u003c for '<' etc.: the JSON can sit inside <script> without ending it.
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
        Culture = CultureInfo.InvariantCulture,
    };

    /// <summary>The chart as Plotly JSON: <c>{"data": [...], "layout": {...}, "config": {...}}</c>.</summary>
    public static string FigureJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["data"] = GenericChart.getTraces(chart),
            ["layout"] = GenericChart.getLayout(chart),
            ["config"] = GenericChart.getConfig(chart),
        };
        return JsonConvert.SerializeObject(figure, Json);
    }

    /// <summary>
    /// An HTML fragment: a titled card with the chart's div, its JSON, and a script that draws it
    /// with <c>window.Plotly</c> when the page has it (a published page, or a notebook where
    /// <see cref="PlotlyJsOutput"/> ran), else loads plotly.js from the CDN through require.js
    /// (classic Jupyter) or a script tag (VS Code, JupyterLab). Where scripts do not run, the
    /// caption still says what the chart shows.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="caption">One sentence under the chart; defaults to the chart's title.</param>
    public static string Render(GenericChart chart, string? caption = null)
    {
        string json = FigureJson(chart);
        string id = ContentId.Of("adchart-", json);
        int height = LayoutHeight(chart);
        var html = new StringBuilder(json.Length + 2048);
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"autodiff-chart\" style=\"margin:0.5em 0;max-width:980px;background:{ChartStyle.Background};border:1px solid {ChartStyle.Grid};border-radius:6px;padding:4px\">");
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}\" style=\"width:100%;height:{height}px\"></div>");
        // Without a caption of its own the figure still names itself where scripts do not run
        // (GitHub's preview, a page without scripts); the loader hides that fallback once drawn.
        string fallback = caption is null ? " data-autodiff-fallback=\"\"" : "";
        html.Append(CultureInfo.InvariantCulture, $"<figcaption{fallback} style=\"font:12px {Theme.FontFamily};color:{Theme.MutedInk};padding:2px 8px\">{HtmlText.Escape(caption ?? Title(chart))}</figcaption>");
        // The script comes last: it runs as soon as it is parsed and needs the caption above.
        html.Append(CultureInfo.InvariantCulture, $"<script type=\"application/json\" id=\"{id}-data\">{json}</script>");
        html.Append("<script>").Append(Loader(id)).Append("</script>");
        html.Append("</figure>");
        return html.ToString();
    }

    /// <summary>A complete HTML page with plotly.js inlined and one or more charts: it draws
    /// offline, from a file, with no network.</summary>
    public static string Page(string title, params GenericChart[] charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        string plotlyJs = EmbeddedPlotlyJs.InlineSource;
        var html = new StringBuilder(plotlyJs.Length + 8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Escape(title)}</title>\n");
        html.Append("<script>").Append(plotlyJs).Append("</script>\n</head>\n");
        html.Append(CultureInfo.InvariantCulture, $"<body style=\"font-family:{Theme.FontFamily};margin:16px\">\n");
        foreach (var chart in charts) html.Append(Render(chart)).Append('\n');
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A self-contained page for one chart, titled with the chart's title.</summary>
    public static string Page(GenericChart chart) => Page(Title(chart), chart);

    /// <summary>Writes <see cref="Page(GenericChart)"/> to <paramref name="path"/> (UTF-8) and
    /// returns the full path.</summary>
    public static string Save(GenericChart chart, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Page(chart), new UTF8Encoding(false));
        return full;
    }

    /// <summary>The chart's layout title as plain text (Plotly's &lt;sup&gt;, &lt;b&gt;, &lt;br&gt; tags
    /// removed; a literal "m &lt; n" stays), or "Chart".</summary>
    public static string Title(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        return layout.TryGetPropertyValue("title") is { } option
            && option.Value is Dictionary<string, object> title
            && title.TryGetValue("text", out var text) && text is string s ? PlainText(s) : "Chart";
    }

    private static string PlainText(string plotlyText) =>
        System.Text.RegularExpressions.Regex.Replace(plotlyText.Replace("<sup>", "^", StringComparison.Ordinal), "</?(?:sup|sub|b|i|em|br)\\s*/?>", "");

    private static int LayoutHeight(GenericChart chart) =>
        GenericChart.getLayout(chart).TryGetPropertyValue("height") is { } option && option.Value is int h ? h : ChartStyle.Height;

    // Kept small and dependency-free: several charts in one output share one plotly.js load.
    private static string Loader(string id) => $$"""
(function () {
  var id = "{{id}}", cdn = "{{EmbeddedPlotlyJs.CdnUrl}}";
  var el = document.getElementById(id);
  if (!el) return;
  var fig = JSON.parse(document.getElementById(id + "-data").textContent);
  function draw(P) {
    P.newPlot(el, fig.data, fig.layout, fig.config);
    var note = el.parentNode.querySelector("figcaption[data-autodiff-fallback]");
    if (note) note.style.display = "none";
  }
  function offline() { el.textContent = "This chart needs plotly.js, which could not be loaded from the network. Run the notebook’s setup cell, AutoDiff.Interactive.Lesson.Setup(), with offline charts (its default) and then this cell again, or open the lesson’s published page."; el.style.height = "auto"; el.style.padding = "8px"; el.style.font = "13px {{Theme.FontFamily}}"; el.style.color = "{{Theme.Ink}}"; }
  if (window.Plotly) { draw(window.Plotly); return; }
  if (typeof window.requirejs === "function" && typeof window.requirejs.config === "function") {
    window.requirejs.config({ paths: { plotly: cdn.replace(/\.js$/, "") } });
    window.requirejs(["plotly"], draw, offline);
    return;
  }
  var tag = document.querySelector("script[data-autodiff-plotly]");
  if (!tag) {
    tag = document.createElement("script");
    tag.src = cdn; tag.charset = "utf-8"; tag.setAttribute("data-autodiff-plotly", "");
    document.head.appendChild(tag);
  }
  tag.addEventListener("load", function () { draw(window.Plotly); });
  tag.addEventListener("error", offline);
})();
""";
}
