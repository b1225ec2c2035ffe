using AutoDiff.Visuals;
using Plotly.NET;

namespace AutoDiff.Interactive;

/// <summary>
/// The lesson's views, one row per type: its rich HTML form (a pure function of AutoDiff.Visuals)
/// and its short text form. Notebook formatters register the HTML column; a plain app prints the
/// text column and puts the HTML column on its page. One table, so both worlds show the same.
/// </summary>
internal static class ViewTable
{
    /// <summary>One row: values of <paramref name="Type"/> render with these two functions.</summary>
    internal sealed record Row(Type Type, Func<object, string> Html, Func<object, string> Text);

    /// <summary>Every row, most specific type first.</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        Of<Value>(Formatters.ValueHtml, TextViews.Value),
        Of<ComputationGraph>(g => GraphSvg.RenderHtml(g), TextViews.Graph),
        Of<Dual>(DualTable.Render, d => d.ToString()),
        Of<JacobianResult>(MatrixTable.Jacobian, TextViews.Jacobian),
        Of<double[,]>(m => MatrixTable.Render(m, FormattableString.Invariant($"matrix ({m.GetLength(0)} × {m.GetLength(1)})")), m => TextViews.Matrix(m, null)),
        Of<GradCheckReport>(GradCheckTable.Render, TextViews.GradCheck),
        Of<GenericChart>(c => ChartHtml.Render(c), c => $"[chart] {ChartHtml.Title(c)} (drawn in the page)"),
        Of<GradientView>(g => VectorTable.Render(g.Values, g.Labels), g => TextViews.Gradient(g.Values, g.Labels)),
        Of<HessianView>(h => MatrixTable.Hessian(h.Matrix, h.Labels), h => TextViews.Matrix(h.Matrix, h.Labels)),
        Of<BackpropView>(b => BackpropSteps.RenderHtml(b.Graph), b => TextViews.Backprop(b.Graph)),
        Of<NarrationView>(n => Narration.ExplainHtml(n.Graph), n => Narration.Explain(n.Graph).TrimEnd('\n')),
        Of<TrainingProgressView>(p => TrainingProgressHtml.Render(p.Latest, p.TotalSteps), TextViews.Progress),
        Of<HtmlFragment>(h => h.Html, _ => "(shown in the page)"),
        Of<CheckResult>(r => r.ToHtml(), r => r.ToString()),
        Of<QuizScore>(s => s.ToHtml(), s => s.ToString()),
        Of<ProgressView>(p => ProgressHtml.Render(p.Progress), p => ProgressHtml.Text(p.Progress)),
    ];

    /// <summary>The row for <paramref name="value"/>'s type, or null (a value with no lesson view).</summary>
    public static Row? For(object value) => Rows.FirstOrDefault(r => r.Type.IsInstanceOfType(value));

    private static Row Of<T>(Func<T, string> html, Func<T, string> text) =>
        new(typeof(T), v => html((T)v), v => text((T)v));
}
