using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>How a mark looks: wrong (red, solid), missing (blue, dashed) or extra (purple, dashed).</summary>
internal enum MarkStyle { Wrong, Missing, Extra }

/// <summary>A mark on a node or edge: its look and the word on its tag ("missing", "wrong op").</summary>
internal readonly record struct Mark(MarkStyle Style, string Tag)
{
    public string Colour => Style switch { MarkStyle.Wrong => "#d1242f", MarkStyle.Missing => "#0969da", _ => "#8250df" };

    public string Dash => Style == MarkStyle.Wrong ? "" : " stroke-dasharray=\"6 4\"";
}

/// <summary>
/// Decorates a drawn graph for a sketch comparison: rows and edge labels chosen by the caller
/// (formulas rather than numbers), a coloured outline with a tag on each marked node, and a
/// coloured line, label and tag on each marked edge.
/// </summary>
internal sealed class GraphMarks(
    Func<GraphNode, IReadOnlyList<(string, string)>?> rows,
    Func<GraphEdge, string?> edgeLabels,
    IReadOnlyDictionary<int, Mark> nodeMarks,
    IReadOnlyDictionary<(int Parent, int Child), Mark> edgeMarks) : IGraphDecoration
{
    private const double TagFont = 10.5;
    private const double TagHeight = 15;

    public string Fingerprint =>
        string.Join(";", nodeMarks.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"))
        + "|" + string.Join(";", edgeMarks.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"));

    public IReadOnlyList<(string Caption, string Text)>? Rows(GraphNode node) => rows(node);

    public string? EdgeLabel(GraphEdge edge) => edgeLabels(edge);

    public void Overlay(StringBuilder svg, LayoutResult layout, IReadOnlyList<EdgeShape> shapes, DrawnGraph drawn)
    {
        if (nodeMarks.Count == 0 && edgeMarks.Count == 0) return;
        svg.Append("<g class=\"ad-marks\">\n");
        for (int i = 0; i < drawn.Edges.Count; i++)
        {
            var e = drawn.Edges[i];
            if (edgeMarks.TryGetValue((e.Parent, e.Child), out var mark)) EdgeMark(svg, shapes[i], mark, edgeLabels(e) ?? NumberText.Format(e.LocalDerivative));
        }
        foreach (var (id, mark) in nodeMarks.OrderBy(p => p.Key))
            if (layout.Boxes.TryGetValue(id, out var box)) NodeMark(svg, box, mark, id);
        svg.Append("</g>\n");
    }

    private static void NodeMark(StringBuilder svg, PlacedBox box, Mark mark, int id)
    {
        svg.Append("<g class=\"ad-mark ad-mark-node\" data-node-id=\"").Append(id.ToString(CultureInfo.InvariantCulture))
           .Append("\" data-mark=\"").Append(HtmlText.Escape(mark.Tag)).Append("\"><rect x=\"").Append(C(box.X - 3)).Append("\" y=\"").Append(C(box.Y - 3))
           .Append("\" width=\"").Append(C(box.Box.Width + 6)).Append("\" height=\"").Append(C(box.Box.Height + 6))
           .Append("\" rx=\"9\" fill=\"none\" stroke=\"").Append(mark.Colour).Append("\" stroke-width=\"2.5\"").Append(mark.Dash).Append("/>");
        // The tag straddles the box's top border at its left: clear of the title below and of the op badge.
        Tag(svg, box.X + 6, box.Y - 3 - TagHeight / 2, mark);
        svg.Append("</g>\n");
    }

    private static void EdgeMark(StringBuilder svg, EdgeShape shape, Mark mark, string label)
    {
        svg.Append("<g class=\"ad-mark ad-mark-edge\" data-mark=\"").Append(HtmlText.Escape(mark.Tag)).Append("\"><path d=\"").Append(shape.PathData)
           .Append("\" fill=\"none\" stroke=\"").Append(mark.Colour).Append("\" stroke-width=\"3\" stroke-opacity=\"0.85\"").Append(mark.Dash).Append("/>");
        // Redraw the label over the coloured line, framed in the mark's colour, and the tag under it.
        double width = Math.Ceiling(TextWidth.Estimate(label, 11) + 10);
        double y = shape.LabelY - 8.5;
        if (label.Length > 0)
        {
            svg.Append("<rect x=\"").Append(C(shape.LabelX - width / 2)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(width))
               .Append("\" height=\"17\" rx=\"8.5\" fill=\"#ffffff\" stroke=\"").Append(mark.Colour).Append("\" stroke-width=\"1.5\"/>");
            svg.Append("<text x=\"").Append(C(shape.LabelX)).Append("\" y=\"").Append(C(y + 12.5)).Append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"")
               .Append(Theme.Ink).Append("\">").Append(HtmlText.Escape(label)).Append("</text>");
        }
        if (mark.Tag.Length > 0) Tag(svg, shape.LabelX - TagWidth(mark.Tag) / 2, label.Length > 0 ? y + 19 : y, mark);
        svg.Append("</g>\n");
    }

    private static double TagWidth(string tag) => Math.Ceiling(TextWidth.Estimate(tag, TagFont, bold: true) + 10);

    private static void Tag(StringBuilder svg, double x, double y, Mark mark)
    {
        double width = TagWidth(mark.Tag);
        svg.Append("<rect class=\"ad-mark-tag\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(width))
           .Append("\" height=\"").Append(C(TagHeight)).Append("\" rx=\"7.5\" fill=\"").Append(mark.Colour).Append("\"/>");
        svg.Append("<text x=\"").Append(C(x + width / 2)).Append("\" y=\"").Append(C(y + 11)).Append("\" font-size=\"").Append(C(TagFont))
           .Append("\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#ffffff\">").Append(HtmlText.Escape(mark.Tag)).Append("</text>");
    }

    private static string C(double v) => NumberText.Coordinate(v);
}
