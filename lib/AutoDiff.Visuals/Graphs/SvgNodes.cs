using System.Text;

namespace AutoDiff.Visuals;

/// <summary>Writes node boxes: a shape per kind (rounder inputs, dashed constants, a double
/// border for the output), the title, the op badge and the value/gradient rows.</summary>
internal static class SvgNodes
{
    public static void Write(StringBuilder svg, PlacedBox placed, string tooltip)
    {
        var box = placed.Box;
        var (fill, stroke) = Theme.NodeColors(box.Kind);
        string kind = box.Key == NodeBox.MoreKey ? "more" : Theme.KindName(box.Kind);
        string dash = box.Kind == NodeKind.Constant ? " stroke-dasharray=\"4 3\"" : "";
        double strokeWidth = box.Kind == NodeKind.Output ? 2.5 : 1.25;
        svg.Append("<g class=\"ad-node ad-").Append(kind).Append("\" data-node-id=\"").Append(box.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))
           .Append("\" data-kind=\"").Append(kind).Append("\">");
        svg.Append("<title>").Append(HtmlText.Escape(tooltip)).Append("</title>");
        svg.Append("<rect class=\"ad-node-box\" x=\"").Append(C(placed.X)).Append("\" y=\"").Append(C(placed.Y))
           .Append("\" width=\"").Append(C(box.Width)).Append("\" height=\"").Append(C(box.Height))
           .Append("\" rx=\"").Append(C(box.Radius)).Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke)
           .Append("\" stroke-width=\"").Append(C(strokeWidth)).Append('"').Append(dash).Append("/>");
        if (box.Kind == NodeKind.Output)
        {
            // The inner line of a double border marks the output in greyscale too.
            svg.Append("<rect x=\"").Append(C(placed.X + 3.5)).Append("\" y=\"").Append(C(placed.Y + 3.5))
               .Append("\" width=\"").Append(C(box.Width - 7)).Append("\" height=\"").Append(C(box.Height - 7))
               .Append("\" rx=\"4\" fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"0.75\"/>");
        }
        double baseline = placed.Y + NodeBox.Pad + NodeBox.TitleFont;
        svg.Append("<text class=\"ad-label\" x=\"").Append(C(placed.X + NodeBox.Pad)).Append("\" y=\"").Append(C(baseline))
           .Append("\" font-size=\"13\" font-weight=\"700\">").Append(HtmlText.Escape(box.Title)).Append("</text>");
        if (box.Badge is not null) Badge(svg, placed, box.Badge, baseline);
        foreach (var row in box.Rows)
        {
            baseline += NodeBox.RowLine;
            // Rows inherit font size and colour from the node group (see GroupAttributes).
            svg.Append("<text class=\"ad-row\" x=\"").Append(C(placed.X + NodeBox.Pad)).Append("\" y=\"").Append(C(baseline + 2)).Append("\">");
            if (row.Caption.Length > 0) svg.Append("<tspan fill=\"").Append(Theme.MutedInk).Append("\">").Append(HtmlText.Escape(row.Caption)).Append("</tspan>  ");
            svg.Append(HtmlText.Escape(row.Text)).Append("</text>");
        }
        svg.Append("</g>\n");
    }

    private static void Badge(StringBuilder svg, PlacedBox placed, string badge, double baseline)
    {
        double width = NodeBox.BadgeWidth(badge);
        double x = placed.Right - NodeBox.Pad - width;
        double y = baseline - NodeBox.TitleFont + 0.5;
        svg.Append("<rect class=\"ad-badge\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(width))
           .Append("\" height=\"16\" rx=\"8\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"").Append(Theme.NodeColors(placed.Box.Kind).Stroke)
           .Append("\" stroke-width=\"0.75\"/>");
        svg.Append("<text class=\"ad-op\" x=\"").Append(C(x + width / 2)).Append("\" y=\"").Append(C(y + 12))
           .Append("\" font-size=\"").Append(C(NodeBox.BadgeFont)).Append("\" text-anchor=\"middle\">")
           .Append(HtmlText.Escape(badge)).Append("</text>");
    }

    /// <summary>Presentation shared by every node's text, set once on the group that holds the
    /// nodes: the same look with fewer bytes per node.</summary>
    public static string GroupAttributes =>
        $"font-size=\"{C(NodeBox.RowFont)}\" fill=\"{Theme.Ink}\"";

    public static void Text(StringBuilder svg, string cls, double x, double y, double size, string weight, string fill, string escapedContent) =>
        svg.Append("<text class=\"").Append(cls).Append("\" x=\"").Append(C(x)).Append("\" y=\"").Append(C(y))
           .Append("\" font-size=\"").Append(C(size)).Append("\" font-weight=\"").Append(weight).Append("\" fill=\"").Append(fill).Append("\">")
           .Append(escapedContent).Append("</text>");

    private static string C(double v) => NumberText.Coordinate(v);
}
