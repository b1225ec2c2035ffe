namespace AutoDiff.Visuals;

/// <summary>
/// A node's box, measured from its text so every label fits: a bold title (label or
/// expression), the op symbol in a badge, and the value and gradient rows.
/// </summary>
/// <param name="Key">The node id, or <see cref="MoreKey"/> for the "… more nodes" box.</param>
/// <param name="Kind">Input, constant, operation or output (the more box draws as a constant).</param>
/// <param name="Title">First line.</param>
/// <param name="Badge">Op symbol shown top right, or null for leaves.</param>
/// <param name="Rows">Caption and text of each further line ("value", "12").</param>
/// <param name="Width">Box width in px.</param>
/// <param name="Height">Box height in px.</param>
internal sealed record NodeBox(int Key, NodeKind Kind, string Title, string? Badge, IReadOnlyList<(string Caption, string Text)> Rows, double Width, double Height)
{
    public const int MoreKey = -1;
    public const double TitleFont = 13;
    public const double RowFont = 11.5;
    public const double BadgeFont = 11;
    public const double Pad = 10;
    public const double TitleLine = 18;
    public const double RowLine = 16;
    public const double BadgeGap = 10;
    public const int MaxTitle = 40;

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> text elements (what a reader
    /// sees as characters) with "…", so a very long label cannot blow up a box or the output size.
    /// The cut falls between text elements, never inside a surrogate pair (an emoji) or a
    /// combining sequence, so the SVG stays well-formed.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Shorten(string? text, int max)
    {
        if (text is null || text.Length <= max) return text; // fewer UTF-16 units than max: fewer elements too
        int keep = 0;
        for (int k = 0; k < max; k++)
        {
            if (keep == text.Length) return text; // at most max elements: nothing to cut
            int next = System.Globalization.StringInfo.GetNextTextElementLength(text.AsSpan(keep));
            if (k == max - 1) return keep + next == text.Length ? text : string.Concat(text.AsSpan(0, keep), "…");
            keep += next;
        }
        return text;
    }

    /// <summary>Corner radius: inputs are rounder, so the kinds differ in shape as well as colour.</summary>
    public double Radius => Kind switch { NodeKind.Input => 14, NodeKind.Constant => 3, _ => 7 };

    public static double BadgeWidth(string badge) => TextWidth.Estimate(badge, BadgeFont) + 10;

    public static NodeBox For(GraphNode node, bool showAdjoints)
    {
        string? badge = node.Kind is NodeKind.Input or NodeKind.Constant ? null : node.Symbol;
        var rows = new List<(string, string)> { ("value", NumberText.Format(node.Primal)) };
        if (showAdjoints && node.Kind != NodeKind.Constant) rows.Add(("grad", NumberText.Format(node.Adjoint)));
        return Measure(node.Id, node.Kind, Shorten(node.DisplayName, MaxTitle), Shorten(badge, 12), rows);
    }

    /// <summary>A box for <paramref name="node"/> with <paramref name="rows"/> under its title.</summary>
    public static NodeBox For(GraphNode node, IReadOnlyList<(string Caption, string Text)> rows) =>
        Measure(node.Id, node.Kind, Shorten(node.DisplayName, MaxTitle),
            node.Kind is NodeKind.Input or NodeKind.Constant ? null : Shorten(node.Symbol, 12), [.. rows]);

    public static NodeBox More(int hidden) =>
        Measure(MoreKey, NodeKind.Constant, $"… {NumberText.Count(hidden)} more nodes", null, [("", "earlier in the trace")]);

    private static NodeBox Measure(int key, NodeKind kind, string title, string? badge, List<(string, string)> rows)
    {
        double titleWidth = TextWidth.Estimate(title, TitleFont, bold: true)
            + (badge is null ? 0 : BadgeGap + BadgeWidth(badge));
        double rowWidth = rows.Count == 0 ? 0 : rows.Max(r => TextWidth.Estimate(RowText(r), RowFont));
        double width = Math.Ceiling(Math.Max(Math.Max(titleWidth, rowWidth) + 2 * Pad, 64));
        double height = Pad + TitleLine + rows.Count * RowLine + Pad - 2;
        return new NodeBox(key, kind, title, badge, rows, width, height);
    }

    public static string RowText((string Caption, string Text) row) =>
        row.Caption.Length == 0 ? row.Text : row.Caption + "  " + row.Text;
}
