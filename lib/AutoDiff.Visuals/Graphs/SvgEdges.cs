using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>Writes edges (grey curves ending in an arrowhead on the child's border) and their
/// local-derivative labels on small white pills that stay readable over crossing lines.</summary>
internal static class SvgEdges
{
    private const double PillFont = 11;
    private const double PillHeight = 17;

    /// <summary>Text presentation shared by all edge labels, set once on their group.</summary>
    public static string LabelGroupAttributes =>
        $"font-size=\"{C(PillFont)}\" text-anchor=\"middle\" fill=\"{Theme.Ink}\"";

    public static void Marker(StringBuilder svg, string id) =>
        svg.Append("<marker id=\"").Append(id).Append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
           .Append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").Append(Theme.Edge).Append("\"/></marker>");

    public static void Path(StringBuilder svg, string id, EdgeShape shape, int from, int to, int operand, bool dashed)
    {
        svg.Append("<path class=\"ad-edge\" data-from=\"").Append(Int(from)).Append("\" data-to=\"").Append(Int(to))
           .Append("\" data-operand=\"").Append(Int(operand)).Append("\" d=\"").Append(shape.PathData)
           .Append("\" fill=\"none\" stroke=\"").Append(Theme.Edge).Append("\" stroke-width=\"1.5\"")
           .Append(dashed ? " stroke-dasharray=\"5 4\"" : "")
           .Append(" marker-end=\"url(#").Append(id).Append("-arrow)\"/>\n");
    }

    public static void Label(StringBuilder svg, EdgeShape shape, string text, string tooltip, int from, int to)
    {
        double width = Math.Ceiling(TextWidth.Estimate(text, PillFont) + 10);
        double x = shape.LabelX - width / 2, y = shape.LabelY - PillHeight / 2;
        svg.Append("<g class=\"ad-edge-label\" data-from=\"").Append(Int(from)).Append("\" data-to=\"").Append(Int(to)).Append("\"><title>")
           .Append(HtmlText.Escape(tooltip)).Append("</title><rect x=\"").Append(C(x)).Append("\" y=\"").Append(C(y))
           .Append("\" width=\"").Append(C(width)).Append("\" height=\"").Append(C(PillHeight))
           .Append("\" rx=\"8.5\" fill=\"#ffffff\" stroke=\"").Append(Theme.Edge).Append("\" stroke-width=\"0.75\"/>");
        svg.Append("<text x=\"").Append(C(shape.LabelX)).Append("\" y=\"").Append(C(y + 12.5)).Append("\">").Append(HtmlText.Escape(text)).Append("</text></g>\n");
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string C(double v) => NumberText.Coordinate(v);
}
