using System.Text;
using AutoDiff.Sketch;

namespace AutoDiff.Visuals;

/// <summary>
/// Draws a learner's <see cref="GraphSketch"/> with the renderer of traced graphs: the sketch alone
/// (definitions in the boxes, the learner's local-derivative formulas on the edges, or the numbers
/// filled in), and a comparison with the trace side by side, missing, extra and wrong nodes and
/// edges marked in colour and in words.
/// </summary>
public static class SketchSvg
{
    /// <summary>The sketch alone, as HTML: with the numbers filled in when it has them.</summary>
    public static string Render(GraphSketch sketch)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        return Panel("Your sketch", SketchDrawing(sketch, new Dictionary<string, Mark>(), new Dictionary<(string, string), Mark>()));
    }

    /// <summary>The sketch (left) beside the graph traced from f (right), each difference marked:
    /// extra and wrong parts on the sketch, missing parts on the trace.</summary>
    public static string Comparison(SketchComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sketchNodes = new Dictionary<string, Mark>();
        var sketchEdges = new Dictionary<(string, string), Mark>();
        var traceNodes = new Dictionary<int, Mark>();
        var traceEdges = new Dictionary<(int, int), Mark>();
        foreach (var d in comparison.Differences)
        {
            var (sketchMark, traceMark) = SketchMarks.For(d.Kind);
            if (d.SketchNode is { } s && sketchMark is { } sm) sketchNodes.TryAdd(s, sm);
            if (d.SketchEdge is { } se && sketchMark is { } sem) sketchEdges.TryAdd(se, sem);
            if (d.TraceNode is { } t && traceMark is { } tm) traceNodes.TryAdd(t, tm);
            if (d.TraceEdge is { } te && traceMark is { } tem) traceEdges.TryAdd(te, tem);
        }
        // An edge of a node tagged extra (or missing) needs no tag of its own: its colour says it.
        Untag(sketchEdges, e => new[] { e.Item1, e.Item2 }.Any(n => sketchNodes.TryGetValue(n, out var m) && m.Style == MarkStyle.Extra));
        Untag(traceEdges, e => new[] { e.Item1, e.Item2 }.Any(n => traceNodes.TryGetValue(n, out var m) && m.Style == MarkStyle.Missing));
        var trace = comparison.Trace;
        var traceDecoration = new GraphMarks(
            _ => [],
            e => trace.Node(e.Parent).Kind == NodeKind.Constant ? "" : comparison.TraceDerivativeText(e.Parent, e.Child),
            traceNodes, traceEdges);
        var html = new StringBuilder("<div class=\"autodiff-sketch-compare\" style=\"display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start\">\n");
        html.Append(Panel("Your sketch", SketchDrawing(comparison.Sketch, sketchNodes, sketchEdges)));
        html.Append(Panel("Traced from f", SvgGraphWriter.Write(trace, GraphStyle.Default, traceDecoration).Svg));
        html.Append("</div>\n");
        if (!comparison.IsMatch) html.Append(SketchMarks.LegendHtml);
        return html.ToString();
    }

    /// <summary>The sketch with the numbers filled in, the nodes named by <paramref name="wrong"/> marked.</summary>
    public static string Values(GraphSketch sketch, IReadOnlyList<SketchDifference> wrong)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        ArgumentNullException.ThrowIfNull(wrong);
        var marks = new Dictionary<string, Mark>();
        foreach (var d in wrong)
            if (d.SketchNode is { } s && SketchMarks.For(d.Kind).Sketch is { } m) marks.TryAdd(s, m);
        return Panel("Your sketch with its numbers", SketchDrawing(sketch, marks, new Dictionary<(string, string), Mark>()));
    }

    private static void Untag<TKey>(Dictionary<TKey, Mark> edges, Func<TKey, bool> nodeTagged) where TKey : notnull
    {
        foreach (var key in edges.Keys.Where(nodeTagged).ToList()) edges[key] = edges[key] with { Tag = "" };
    }

    private static string SketchDrawing(GraphSketch sketch, IReadOnlyDictionary<string, Mark> nodes, IReadOnlyDictionary<(string, string), Mark> edges)
    {
        var graph = sketch.ToFilledGraph();
        var id = graph.Nodes.ToDictionary(n => n.Label!, n => n.Id);
        bool numbers = sketch.Numbers.Count > 0;
        var decoration = new GraphMarks(
            n => numbers ? NumberRows(sketch, n) : n.Kind is NodeKind.Input ? [] : [("", "= " + sketch.Node(n.Label!).Definition)],
            e => e.Formula,
            nodes.Where(p => id.ContainsKey(p.Key)).ToDictionary(p => id[p.Key], p => p.Value),
            edges.Where(p => id.ContainsKey(p.Key.Item1) && id.ContainsKey(p.Key.Item2)).ToDictionary(p => (id[p.Key.Item1], id[p.Key.Item2]), p => p.Value));
        return SvgGraphWriter.Write(graph, GraphStyle.Default, decoration).Svg;
    }

    private static List<(string, string)> NumberRows(GraphSketch sketch, GraphNode n)
    {
        sketch.Numbers.TryGetValue(n.Label!, out var given);
        var rows = new List<(string, string)> { ("value", given?.Value is { } v ? NumberText.Format(v) : "?") };
        if (n.Kind != NodeKind.Constant) rows.Add(("grad", given?.Adjoint is { } g ? NumberText.Format(g) : "?"));
        return rows;
    }

    private static string Panel(string title, string svg) =>
        "<figure class=\"autodiff-sketch-panel\" style=\"margin:0;max-width:100%;overflow-x:auto\"><figcaption style=\"font:600 13px " + Theme.FontFamily
        + ";margin:0 0 4px 2px\">" + HtmlText.Escape(title) + "</figcaption>\n" + svg + "\n</figure>\n";
}
