namespace AutoDiff.Visuals;

/// <summary>A gradient ∇f = (∂f/∂x₀, …, ∂f/∂xₙ₋₁) as a table: one row per input.</summary>
public static class VectorTable
{
    /// <summary>Most rows shown; a longer vector shows its first entries and says how many more.</summary>
    public const int MaxRows = 200;

    /// <summary>A table of <paramref name="gradient"/> with rows labelled ∂f/∂(label).</summary>
    /// <param name="gradient">The partial derivatives, in input order.</param>
    /// <param name="labels">Input names (default x₀, x₁, …).</param>
    /// <param name="caption">The table's caption.</param>
    public static string Render(IReadOnlyList<double> gradient, IReadOnlyList<string>? labels = null, string caption = "gradient ∇f")
    {
        ArgumentNullException.ThrowIfNull(gradient);
        if (labels is not null && labels.Count != gradient.Count)
            throw new ArgumentException(FormattableString.Invariant($"Got {labels.Count} labels for {gradient.Count} gradient entries: pass one label per input."), nameof(labels));
        var html = TableHtml.Open("autodiff-gradient", caption);
        TableHtml.HeaderRow(html, ["partial derivative", "value"]);
        html.Append("<tbody>");
        int shown = Math.Min(gradient.Count, MaxRows);
        for (int i = 0; i < shown; i++)
        {
            html.Append("<tr>");
            TableHtml.RowHeader(html, "∂f/∂" + (labels?[i] ?? "x" + TableHtml.Subscript(i)));
            TableHtml.Number(html, gradient[i]);
            html.Append("</tr>");
        }
        html.Append("</tbody>");
        return TableHtml.Close(html, shown < gradient.Count
            ? FormattableString.Invariant($"showing {shown} of {gradient.Count} entries")
            : null);
    }
}
