using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// The gradient check as a learner reads it: the verdict, one row per input (analytic by reverse
/// mode against numeric by central differences, errors, pass or fail), the node that explains a
/// failure highlighted, and the traced graph.
/// </summary>
public static class GradCheckTable
{
    /// <summary>Most input rows shown.</summary>
    public const int MaxRows = 200;

    /// <summary>The whole report as HTML.</summary>
    public static string Render(GradCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder("<div class=\"autodiff-gradcheck\" style=\"").Append(TableHtml.Card(block: true)).Append("\">");
        string verdictColor = report.Passed ? TableHtml.PassColor : TableHtml.FailColor;
        html.Append("<div style=\"font-weight:600;font-size:14px;color:").Append(verdictColor).Append("\">")
            .Append(report.Passed ? "✓ gradient check passed" : "✗ gradient check failed").Append("</div>");
        html.Append("<div>").Append(HtmlText.Escape(report.Summary)).Append("</div>");
        html.Append(EntriesTable(report.Entries));
        if (report.Culprit is { } culprit) html.Append(CulpritBox(culprit));
        if (report.Graph is { } graph)
        {
            string title = report.Culprit is { } c ? FormattableString.Invariant($"traced graph (look at node {c.NodeId}: {c.Name})") : "traced graph";
            html.Append(GraphSvg.RenderHtml(graph, GraphStyle.Default with { Title = title }));
        }
        return html.Append("</div>").ToString();
    }

    private static string EntriesTable(IReadOnlyList<GradCheckEntry> entries)
    {
        var html = TableHtml.Open("autodiff-gradcheck-entries", "reverse mode (analytic) against central differences (numeric)");
        TableHtml.HeaderRow(html, ["input", "analytic ∂f/∂xᵢ", "numeric", "|error|", "relative error", "result"]);
        html.Append("<tbody>");
        foreach (var e in entries.Take(MaxRows))
        {
            html.Append(e.Pass ? "<tr>" : "<tr style=\"background:" + TableHtml.FailFill + "\">");
            TableHtml.RowHeader(html, e.Label);
            TableHtml.Number(html, e.Analytic);
            TableHtml.Number(html, e.Numeric);
            TableHtml.Number(html, e.AbsoluteError);
            TableHtml.Number(html, e.RelativeError);
            TableHtml.Text(html, e.Pass ? "✓ pass" : "✗ fail",
                "font-weight:600;color:" + (e.Pass ? TableHtml.PassColor : TableHtml.FailColor));
            html.Append("</tr>");
        }
        html.Append("</tbody>");
        return TableHtml.Close(html, entries.Count > MaxRows
            ? FormattableString.Invariant($"showing {MaxRows} of {entries.Count} inputs")
            : null);
    }

    private static string CulpritBox(NodeDiagnosis culprit) =>
        new StringBuilder("<div class=\"autodiff-culprit\" style=\"margin:0.5em 0;padding:6px 10px;border-left:4px solid ")
            .Append(TableHtml.FailColor).Append(";background:").Append(TableHtml.FailFill).Append(";color:").Append(Theme.Ink)
            .Append(";font:13px ").Append(Theme.FontFamily).Append("\"><b>")
            .Append(HtmlText.Escape(FormattableString.Invariant($"node {culprit.NodeId}: {culprit.Name} ({culprit.Op})")))
            .Append("</b> — ").Append(HtmlText.Escape(culprit.Problem)).Append("</div>")
            .ToString();
}
