using AutoDiff.Visuals;
using PlotlyJsReader;

namespace AutoDiff.Interactive;

/// <summary>
/// Charts with no network in every notebook host: <see cref="Lesson.Setup"/> displays plotly.js
/// (from the copy inside Plotly.NET) once, in its own cell's output, and every chart after it draws
/// from that copy. It costs about 3.6 MB in a saved notebook's outputs (committed notebooks carry
/// none); <c>Lesson.Setup(offlineCharts: false)</c> leaves it out and charts load plotly.js from
/// the CDN instead, which needs the network.
/// </summary>
internal static class OfflineCharts
{
    /// <summary>Displays the plotly.js output in the running cell and returns the banner's words
    /// for it; outside a notebook kernel nothing is displayed.</summary>
    public static string Embed()
    {
        if (!NotebookHost.IsActive) return "plotly.js not embedded (no notebook kernel)";
        NotebookHost.Display(new HtmlFragment(PlotlyJsOutput.Html()), Formatters.HtmlMimeType);
        return $"charts draw offline (plotly.js {EmbeddedPlotlyJs.Version} is in this cell's output; Setup(offlineCharts: false) loads it from the CDN instead)";
    }

    /// <summary>The banner's words when charts load plotly.js from the CDN.</summary>
    public static string FromCdn() => "charts load plotly.js from cdn.plot.ly (needs the network; Setup() with no argument embeds it instead)";
}
