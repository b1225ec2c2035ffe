using System.Net;
using System.Text.RegularExpressions;
using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Tests;

/// <summary>Finds key things in a run's outputs: SVG graphs and their labels, Plotly figures.</summary>
internal static partial class NotebookOutputs
{
    public static IEnumerable<string> Html(NotebookRun run) =>
        run.Cells.SelectMany(c => c.Outputs).Select(o => o.Get("text/html") ?? o.Get("image/svg+xml")).OfType<string>();

    /// <summary>The text of every &lt;text&gt; element of every SVG in <paramref name="html"/>.</summary>
    public static IReadOnlyList<HashSet<string>> SvgLabels(string html) =>
        Svg().Matches(html)
            .Select(svg => SvgText().Matches(svg.Value).Select(t => WebUtility.HtmlDecode(Tag().Replace(t.Groups[1].Value, "")).Trim()).ToHashSet())
            .ToList();

    /// <summary>True when the HTML carries a Plotly figure with x and y data points.</summary>
    public static bool HasPlotlyFigure(string html) =>
        html.Contains("\"data\":[", StringComparison.Ordinal)
        && html.Contains("\"layout\":", StringComparison.Ordinal)
        && PointData().IsMatch(html);

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex Svg();

    [GeneratedRegex("<text[^>]*>([\\s\\S]*?)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"x\":\\[-?[0-9.eE+-]+,[\\s\\S]*?\"y\":\\[-?[0-9.eE+-]+,")]
    private static partial Regex PointData();
}
