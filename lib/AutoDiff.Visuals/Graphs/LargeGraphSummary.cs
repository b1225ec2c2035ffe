using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// The summary shown beside a collapsed graph: counts, depth, the most frequent operations and
/// a histogram of nodes per depth (bucketed to at most <see cref="MaxBars"/> bars), so its size
/// does not grow with the graph.
/// </summary>
internal static class LargeGraphSummary
{
    public const int MaxBars = 48;
    private const int TopOps = 6;

    public static string Html(ComputationGraph graph, DrawnGraph drawn)
    {
        var s = graph.Summarize();
        var ops = string.Join(", ", s.OpCounts.Take(TopOps).Select(p => $"{p.Key} × {NumberText.Count(p.Value)}"));
        var sb = new StringBuilder("<div class=\"ad-graph-summary\" style=\"margin:0 0 8px 0;padding:8px 12px;border-left:4px solid ")
            .Append(Theme.Edge).Append(";\">\n<p style=\"margin:0 0 4px 0\"><strong>Large graph:</strong> ")
            .Append(NumberText.Count(s.NodeCount)).Append(" nodes, ").Append(NumberText.Count(s.EdgeCount)).Append(" edges, ")
            .Append(NumberText.Count(s.InputCount)).Append(" inputs, depth ").Append(NumberText.Count(s.Depth))
            .Append(", widest layer ").Append(NumberText.Count(s.MaxWidth)).Append(" nodes.</p>\n<p style=\"margin:0 0 4px 0\">Most frequent operations: ")
            .Append(HtmlText.Escape(ops)).Append(".</p>\n<p style=\"margin:0 0 4px 0\">Drawn below: the ")
            .Append(NumberText.Count(drawn.Nodes.Count)).Append(" nodes nearest the output; the other ")
            .Append(NumberText.Count(drawn.HiddenCount)).Append(" are one box.</p>\n");
        Histogram(sb, GraphSummary.Depths(graph), s.Depth);
        return sb.Append("</div>\n").ToString();
    }

    private static void Histogram(StringBuilder sb, int[] depths, int maxDepth)
    {
        int bucket = Math.Max(1, (maxDepth + MaxBars) / MaxBars);
        int bars = maxDepth / bucket + 1;
        var counts = new long[bars];
        foreach (int d in depths) counts[d / bucket]++;
        long most = Math.Max(1, counts.Max());
        const double barWidth = 10, plotHeight = 60, left = 4, top = 18;
        string caption = $"nodes per depth ({(bucket == 1 ? "one bar per depth" : $"each bar {NumberText.Count(bucket)} depths")}), max {NumberText.Count(most)}";
        double width = Math.Max(left + bars * barWidth + 4, TextWidth.Estimate(caption, 11) + 8);
        string w = NumberText.Coordinate(Math.Ceiling(width));
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ad-depth-histogram\" viewBox=\"0 0 ").Append(w).Append(" 100\" width=\"")
          .Append(w).Append("\" height=\"100\" font-family=\"").Append(Theme.FontFamily).Append("\" role=\"img\"><title>Nodes per depth</title>");
        sb.Append("<text x=\"4\" y=\"12\" font-size=\"11\" fill=\"").Append(Theme.Edge).Append("\">").Append(caption).Append("</text>");
        for (int i = 0; i < bars; i++)
        {
            double h = Math.Max(counts[i] > 0 ? 1 : 0, plotHeight * counts[i] / most);
            sb.Append("<rect x=\"").Append(NumberText.Coordinate(left + i * barWidth)).Append("\" y=\"").Append(NumberText.Coordinate(top + plotHeight - h))
              .Append("\" width=\"").Append(NumberText.Coordinate(barWidth - 2)).Append("\" height=\"").Append(NumberText.Coordinate(h))
              .Append("\" fill=\"").Append(Theme.NodeColors(NodeKind.Input).Stroke).Append("\"><title>depth ")
              .Append(NumberText.Count((long)i * bucket)).Append('–').Append(NumberText.Count(Math.Min((long)(i + 1) * bucket - 1, maxDepth)))
              .Append(": ").Append(NumberText.Count(counts[i])).Append(" nodes</title></rect>");
        }
        sb.Append("<text x=\"4\" y=\"94\" font-size=\"11\" fill=\"").Append(Theme.Edge).Append("\">depth 0 (inputs) → ")
          .Append(NumberText.Count(maxDepth)).Append(" (output)</text></svg>\n");
    }
}
