using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>Puts a graph's drawing together: choose what to draw, measure boxes, lay out, route
/// edges, then write one self-contained &lt;svg&gt; (vector only, sized by a viewBox).</summary>
internal static class SvgGraphWriter
{
    private const double Margin = 12;

    public static (string Svg, DrawnGraph Drawn) Write(ComputationGraph graph, GraphStyle style, IGraphDecoration? decoration = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Nodes.Count == 0)
            throw new ArgumentException("The graph has no nodes: trace a function on a Tape and call ToGraph() on its output.", nameof(graph));
        style.Validate();
        var drawn = GraphCollapse.Select(graph, style);
        var boxes = drawn.Nodes.Select(n => decoration?.Rows(n) is { } rows ? NodeBox.For(n, rows) : NodeBox.For(n, style.ShowAdjoints)).ToList();
        var links = drawn.Edges.Select(e => (e.Parent, e.Child)).ToList();
        if (drawn.IsCollapsed)
        {
            boxes.Add(NodeBox.More(drawn.HiddenCount));
            links.AddRange(drawn.Frontier.Select(child => (NodeBox.MoreKey, child)));
        }
        double top = Margin + SvgLegend.Height(style) + 6;
        var layout = GraphLayout.Place(boxes, links, Margin, top);
        var shapes = EdgeGeometry.Route(links, layout);
        string id = ContentId.Of("adg", Fingerprint(drawn, style) + decoration?.Fingerprint);

        var body = new StringBuilder();
        double legendWidth = SvgLegend.Write(body, style, Margin, Margin);
        WriteEdges(body, id, drawn, shapes, decoration);
        var byId = drawn.Nodes.ToDictionary(n => n.Id);
        var output = NodeBox.Shorten(graph.Node(graph.OutputId).DisplayName, 60);
        body.Append("<g class=\"ad-nodes\" ").Append(SvgNodes.GroupAttributes).Append(">\n");
        foreach (var placed in layout.Boxes.Values.OrderBy(p => p.Box.Key))
        {
            string tip = placed.Box.Key == NodeBox.MoreKey
                ? $"{NumberText.Count(drawn.HiddenCount)} nodes further from the output are not drawn; see the summary."
                : NodeTooltip(byId[placed.Box.Key], output);
            SvgNodes.Write(body, placed, tip);
        }
        body.Append("</g>\n");
        decoration?.Overlay(body, layout, shapes, drawn);

        double width = Math.Ceiling(Math.Max(layout.Width, Margin + legendWidth) + Margin);
        double height = Math.Ceiling(layout.Height + Margin);
        return (Root(id, width, height, Caption(graph, drawn, output)) + body.Append("</svg>").ToString(), drawn);
    }

    private static void WriteEdges(StringBuilder body, string id, DrawnGraph drawn, IReadOnlyList<EdgeShape> shapes, IGraphDecoration? decoration)
    {
        body.Append("<g class=\"ad-edges\">\n");
        for (int i = 0; i < shapes.Count; i++)
        {
            bool fromMore = i >= drawn.Edges.Count;
            int from = fromMore ? NodeBox.MoreKey : drawn.Edges[i].Parent;
            int to = fromMore ? drawn.Frontier[i - drawn.Edges.Count] : drawn.Edges[i].Child;
            int operand = fromMore ? 0 : drawn.Edges[i].Operand;
            SvgEdges.Path(body, id, shapes[i], from, to, operand, fromMore);
        }
        body.Append("</g>\n<g class=\"ad-edge-labels\" ").Append(SvgEdges.LabelGroupAttributes).Append(">\n");
        for (int i = 0; i < drawn.Edges.Count; i++)
        {
            var e = drawn.Edges[i];
            string? text = decoration?.EdgeLabel(e);
            if (text == "") continue;
            string tip = text is null ? $"∂child/∂parent: {NodeBox.Shorten(e.Formula, 120)} = {NumberText.Format(e.LocalDerivative)}" : $"∂child/∂parent: {text}";
            SvgEdges.Label(body, shapes[i], text ?? NumberText.Format(e.LocalDerivative), tip, e.Parent, e.Child);
        }
        body.Append("</g>\n");
    }

    // A graph up to this wide shrinks to fit a narrow output column (it stays legible at the scale
    // that needs); a wider one keeps its size and its container scrolls sideways instead.
    private const double ShrinkToFitWidth = 1600;

    private static string Root(string id, double width, double height, string caption)
    {
        string w = NumberText.Coordinate(width), h = NumberText.Coordinate(height);
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"autodiff-graph\" id=\"").Append(id)
          .Append("\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h).Append("\" width=\"").Append(w).Append("\" height=\"").Append(h)
          .Append('"').Append(width <= ShrinkToFitWidth ? " style=\"max-width:100%;height:auto\"" : "")
          .Append(" role=\"img\" aria-labelledby=\"").Append(id).Append("-title\" font-family=\"").Append(Theme.FontFamily).Append("\">\n");
        sb.Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlText.Escape(caption)).Append("</title>\n<defs>");
        SvgEdges.Marker(sb, id);
        sb.Append("</defs>\n");
        return sb.ToString();
    }

    private static string Caption(ComputationGraph graph, DrawnGraph drawn, string output) =>
        drawn.IsCollapsed
            ? $"Computation graph of {output}: {NumberText.Count(graph.Nodes.Count)} nodes, the {NumberText.Count(drawn.Nodes.Count)} nearest the output drawn"
            : $"Computation graph of {output}: {NumberText.Count(graph.Nodes.Count)} nodes, {NumberText.Count(graph.Edges.Count)} edges";

    private static string NodeTooltip(GraphNode n, string output)
    {
        string kind = Theme.KindName(n.Kind);
        string op = n.Kind is NodeKind.Input or NodeKind.Constant ? "" : $", op {n.Symbol}";
        string name = NodeBox.Shorten(n.DisplayName, 120);
        // A constant gets no derivative (the sweep passes it by), so none is shown for it.
        string derivative = n.Kind == NodeKind.Constant
            ? "a constant: no derivative with respect to it is needed"
            : $"∂{RuleText.InDerivative(output)}/∂{RuleText.InDerivative(name)} = {NumberText.Format(n.Adjoint)}";
        return $"{name} ({kind}{op}, node #{n.Id.ToString(CultureInfo.InvariantCulture)})\n"
            + $"value {NumberText.Format(n.Primal)}\n{derivative}";
    }

    // Ids depend only on what is drawn, so the same graph always gets the same id and two
    // different graphs on one page (almost surely) do not share marker ids.
    private static string Fingerprint(DrawnGraph drawn, GraphStyle style)
    {
        var sb = new StringBuilder(style.ToString());
        foreach (var n in drawn.Nodes)
            sb.Append(CultureInfo.InvariantCulture, $"|{n.Id}:{n.Symbol}:{n.DisplayName}:{n.Primal:R}:{n.Adjoint:R}");
        foreach (var e in drawn.Edges)
            sb.Append(CultureInfo.InvariantCulture, $"|{e.Parent}>{e.Child}:{e.LocalDerivative:R}");
        return sb.Append('|').Append(drawn.HiddenCount).ToString();
    }
}
