using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// Draws a <see cref="ComputationGraph"/> as inline SVG: layered left to right, each node with its
/// label, op, forward value and gradient (adjoint ∂f/∂node), each edge labelled with its local
/// derivative ∂child/∂parent. Output is deterministic (same graph, same bytes) and bounded: a graph
/// over <see cref="GraphStyle.MaxNodes"/> nodes is collapsed to the part nearest the output.
/// </summary>
public static class GraphSvg
{
    /// <summary>A standalone &lt;svg&gt; element, well-formed XML, to inline in HTML or save.</summary>
    public static string Render(ComputationGraph graph, GraphStyle? style = null) =>
        SvgGraphWriter.Write(graph, style ?? GraphStyle.Default).Svg;

    /// <summary>What a notebook cell shows: a scrollable &lt;div&gt; with the SVG and, for a
    /// collapsed graph, a summary (node count, depth, most frequent ops, nodes per depth).</summary>
    public static string RenderHtml(ComputationGraph graph, GraphStyle? style = null)
    {
        var (svg, drawn) = SvgGraphWriter.Write(graph, style ?? GraphStyle.Default);
        var html = new StringBuilder("<div class=\"autodiff-graph-view\" style=\"max-width:100%;overflow-x:auto;font-family:")
            .Append(Theme.FontFamily).Append("\">\n");
        if (drawn.IsCollapsed) html.Append(LargeGraphSummary.Html(graph, drawn));
        return html.Append(svg).Append("\n</div>").ToString();
    }

    /// <summary>Writes the drawing to <paramref name="path"/>: ".svg" gets the SVG alone (with an
    /// XML declaration), ".html"/".htm" a complete page; any other extension is an error.</summary>
    public static void Save(ComputationGraph graph, string path, GraphStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        string content = ext switch
        {
            ".svg" => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Render(graph, style) + "\n",
            ".html" or ".htm" => HtmlPage.Wrap("Computation graph", RenderHtml(graph, style)),
            _ => throw new ArgumentException($"Cannot tell the format from '{path}': use a .svg or .html file name.", nameof(path)),
        };
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
