using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// The common frame of every table: a white card with dark ink (readable on light and dark
/// notebook themes), a caption above, a header row and right-aligned numbers. Every piece of text goes
/// through <see cref="HtmlText.Escape"/>; only this class writes tags.
/// </summary>
internal static class TableHtml
{
    public const string PassColor = "#1a7f37";
    public const string FailColor = "#cf222e";
    public const string FailFill = "#ffebe9";

    private const string Cell = "padding:3px 10px;border-bottom:1px solid #e1e4e8;";

    /// <summary>Starts a card: the caption as a heading, then the table. The card carries its own
    /// background and ink, so nothing inside depends on the notebook's theme.</summary>
    public static StringBuilder Open(string cssClass, string caption)
    {
        var html = new StringBuilder(1024);
        html.Append("<div class=\"").Append(cssClass).Append("\" style=\"").Append(Card()).Append("\">");
        html.Append("<div style=\"font-weight:600;margin-bottom:4px\">").Append(HtmlText.Escape(caption)).Append("</div>");
        html.Append("<table style=\"border-collapse:collapse;color:inherit\" aria-label=\"").Append(HtmlText.Escape(caption)).Append("\">");
        return html;
    }

    /// <summary>The inline style of a card: white, dark ink, thin border, scrolls when too wide.
    /// A table card sits inline beside others; a report card (<paramref name="block"/>) takes the row.</summary>
    public static string Card(bool block = false) => "display:" + (block ? "block" : "inline-block") + ";vertical-align:top;max-width:100%;overflow-x:auto;box-sizing:border-box;margin:0.5em 0;padding:6px 10px;background:"
        + ChartStyle.Background + ";color:" + Theme.Ink + ";border:1px solid " + ChartStyle.Grid + ";border-radius:6px;font:13px " + Theme.FontFamily;

    public static void HeaderRow(StringBuilder html, IEnumerable<string> headers)
    {
        html.Append("<thead><tr>");
        foreach (string h in headers)
            html.Append("<th scope=\"col\" style=\"").Append(Cell).Append("text-align:center;background:#f6f8fa\">").Append(HtmlText.Escape(h)).Append("</th>");
        html.Append("</tr></thead>");
    }

    public static void RowHeader(StringBuilder html, string text) =>
        html.Append("<th scope=\"row\" style=\"").Append(Cell).Append("text-align:left;background:#f6f8fa\">").Append(HtmlText.Escape(text)).Append("</th>");

    public static void Number(StringBuilder html, double value, string extraStyle = "") =>
        html.Append("<td style=\"").Append(Cell).Append("text-align:right;font-variant-numeric:tabular-nums;").Append(extraStyle)
            .Append("\" title=\"").Append(HtmlText.Escape(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture))).Append("\">")
            .Append(HtmlText.Escape(NumberText.Format(value))).Append("</td>");

    public static void Text(StringBuilder html, string text, string extraStyle = "") =>
        html.Append("<td style=\"").Append(Cell).Append(extraStyle).Append("\">").Append(HtmlText.Escape(text)).Append("</td>");

    public static string Close(StringBuilder html, string? note = null)
    {
        html.Append("</table>");
        if (note is not null)
            html.Append("<div style=\"font-size:12px;color:").Append(Theme.MutedInk).Append(";margin-top:4px\">")
                .Append(HtmlText.Escape(note)).Append("</div>");
        return html.Append("</div>").ToString();
    }

    /// <summary>Subscript digits for labels such as x₀, f₁₂.</summary>
    public static string Subscript(int i) =>
        string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('₀' + (c - '0'))));
}
