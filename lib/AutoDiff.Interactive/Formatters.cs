using AutoDiff.Visuals;
using LessonExercises;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace AutoDiff.Interactive;

/// <summary>
/// Every notebook formatter of the lesson, registered in one place. Each one is a thin call into
/// a pure function of AutoDiff.Visuals, so a test or the lesson runner gets the same bytes with
/// no notebook host. All are registered for "text/html" explicitly (the default would be
/// text/plain). Exercise feedback and the quiz score also display a JSON document in their own
/// MIME type (<see cref="ExerciseReport.MimeType"/>, <see cref="QuizScoreReport.MimeType"/>) next
/// to the HTML: that is what the lesson runner reads.
/// </summary>
public static class Formatters
{
    /// <summary>The MIME type of every formatter here.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The types that get an HTML view.</summary>
    public static IReadOnlyList<Type> FormattedTypes { get; } =
    [
        typeof(Value), typeof(ComputationGraph), typeof(Dual), typeof(JacobianResult), typeof(double[,]),
        typeof(GradCheckReport), typeof(GenericChart), typeof(GradientView), typeof(HessianView),
        typeof(BackpropView), typeof(NarrationView), typeof(HtmlFragment), typeof(CheckResult), typeof(QuizScore),
    ];

    /// <summary>True when every formatter of this class is registered (so a second
    /// <see cref="RegisterAll"/> has nothing to do).</summary>
    public static bool AreRegistered()
    {
        var registered = Formatter.RegisteredFormatters(includeDefaults: false)
            .Where(f => f.MimeType == HtmlMimeType).Select(f => f.Type).ToHashSet();
        return FormattedTypes.All(registered.Contains);
    }

    /// <summary>Registers the HTML formatter of every type in <see cref="FormattedTypes"/> unless
    /// all are registered already (idempotent, and repairs a <c>Formatter.ResetToDefault()</c>).</summary>
    public static void RegisterAll()
    {
        if (AreRegistered()) return;
        Register<Value>(ValueHtml);
        Register<ComputationGraph>(g => GraphSvg.RenderHtml(g));
        Register<Dual>(DualTable.Render);
        Register<JacobianResult>(MatrixTable.Jacobian);
        Register<double[,]>(m => MatrixTable.Render(m, FormattableString.Invariant($"matrix ({m.GetLength(0)} × {m.GetLength(1)})")));
        Register<GradCheckReport>(GradCheckTable.Render);
        Register<GenericChart>(c => ChartHtml.Render(c));
        Register<GradientView>(g => VectorTable.Render(g.Values, g.Labels));
        Register<HessianView>(h => MatrixTable.Hessian(h.Matrix, h.Labels));
        Register<BackpropView>(b => BackpropSteps.RenderHtml(b.Graph));
        Register<NarrationView>(n => Narration.ExplainHtml(n.Graph));
        Register<HtmlFragment>(h => h.Html);
        Register<CheckResult>(r => r.ToHtml(), (ExerciseReport.MimeType, r => r.Report.ToJson()), (PlainTextMimeType, r => r.ToString()));
        Register<QuizScore>(q => q.ToHtml(), (QuizScoreReport.MimeType, q => q.Report.ToJson()), (PlainTextMimeType, q => q.ToString()));
    }

    /// <summary>A traced value shows the graph that computed it; a constant shows its number.</summary>
    internal static string ValueHtml(Value value) => value.IsTraced
        ? GraphSvg.RenderHtml(value.ToGraph())
        : "<code>" + HtmlText.Escape(value.ToString()) + "</code>";

    private const string PlainTextMimeType = "text/plain";

    // HTML first (what front ends show); any data MIME types after it are displayed alongside.
    private static void Register<T>(Func<T, string> toHtml, params (string MimeType, Func<T, string> Format)[] more)
    {
        Formatter.Register(toHtml, HtmlMimeType);
        foreach (var (mimeType, format) in more) Formatter.Register(format, mimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T),
            [HtmlMimeType, .. more.Select(m => m.MimeType).Where(m => m != PlainTextMimeType)]);
    }
}
