using System.Text;

namespace AutoDiff.Visuals;

/// <summary>The caption and legend row above a graph. Every item sits on its own light pill
/// with dark text, so it reads on light and dark page backgrounds alike.</summary>
internal static class SvgLegend
{
    public const double RowHeight = 30;
    private const double PillHeight = 20;
    private const double Font = 11.5;

    /// <summary>Height taken above the graph.</summary>
    public static double Height(GraphStyle style) => style.Title is null ? RowHeight : 2 * RowHeight;

    /// <summary>Writes the caption (if any) and the legend; returns the width used.</summary>
    public static double Write(StringBuilder svg, GraphStyle style, double left, double top)
    {
        double y = top;
        double width = 0;
        svg.Append("<g class=\"ad-legend\">");
        if (style.Title is not null)
        {
            width = Pill(svg, "ad-title", style.Title, left, y, "#ffffff", Theme.Edge, 13, "700");
            y += RowHeight;
        }
        double x = left;
        foreach (var kind in new[] { NodeKind.Input, NodeKind.Constant, NodeKind.Operation, NodeKind.Output })
        {
            var (fill, stroke) = Theme.NodeColors(kind);
            x += Pill(svg, "ad-legend-item", Theme.KindName(kind), x, y, fill, stroke, Font, "400") + 8;
        }
        x += Pill(svg, "ad-legend-item", "edge label: local derivative ∂child/∂parent", x, y, "#ffffff", Theme.Edge, Font, "400");
        svg.Append("</g>\n");
        return Math.Max(width, x - left);
    }

    private static double Pill(StringBuilder svg, string cls, string text, double x, double y, string fill, string stroke, double font, string weight)
    {
        double width = Math.Ceiling(TextWidth.Estimate(text, font, weight == "700") + 16);
        svg.Append("<g class=\"").Append(cls).Append("\"><rect x=\"").Append(C(x)).Append("\" y=\"").Append(C(y)).Append("\" width=\"").Append(C(width))
           .Append("\" height=\"").Append(C(PillHeight)).Append("\" rx=\"10\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke).Append("\"/>");
        SvgNodes.Text(svg, "ad-legend-text", x + 8, y + 14, font, weight, Theme.Ink, HtmlText.Escape(text));
        svg.Append("</g>");
        return width;
    }

    private static string C(double v) => NumberText.Coordinate(v);
}
