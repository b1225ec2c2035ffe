namespace AutoDiff.Visuals;

/// <summary>A dual number a + a′ε shown as its two parts: the primal a (the value) and the tangent
/// a′ (the derivative carried along, since f(a + a′ε) = f(a) + f′(a)·a′ε).</summary>
public static class DualTable
{
    /// <summary>A two-row table: primal and tangent.</summary>
    public static string Render(Dual dual)
    {
        var html = TableHtml.Open("autodiff-dual", "dual number a + a′ε");
        html.Append("<tbody><tr>");
        TableHtml.RowHeader(html, "primal a (value)");
        TableHtml.Number(html, dual.Primal);
        html.Append("</tr><tr>");
        TableHtml.RowHeader(html, "tangent a′ (derivative)");
        TableHtml.Number(html, dual.Tangent);
        html.Append("</tr></tbody>");
        return TableHtml.Close(html);
    }
}
