using AutoDiff.Visuals;
using LessonExercises;
using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive;

/// <summary>
/// Every notebook formatter of the lesson, registered in one place from <see cref="ViewTable"/>. Each
/// one is a thin call into a pure function of AutoDiff.Visuals, so a test or the lesson runner gets the same bytes with
/// no notebook host. All are registered for "text/html" explicitly (the default would be
/// text/plain). Exercise feedback and the quiz score also display a JSON document in their own
/// MIME type (<see cref="ExerciseReport.MimeType"/>, <see cref="QuizScoreReport.MimeType"/>) next
/// to the HTML: that is what the lesson runner reads.
/// </summary>
public static class Formatters
{
    /// <summary>The MIME type of every formatter here.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The types that get an HTML view: the rows of <see cref="ViewTable"/>.</summary>
    public static IReadOnlyList<Type> FormattedTypes { get; } =
        ViewTable.Rows.Select(r => r.Type).ToList();

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
        foreach (var row in ViewTable.Rows.Where(r => FormattedTypes.Contains(r.Type)))
        {
            Formatter.Register(row.Type, (value, writer) => writer.Write(row.Html(value)), HtmlMimeType);
            Formatter.SetPreferredMimeTypesFor(row.Type, HtmlMimeType);
        }
        // Exercise feedback and the quiz score also carry a JSON document (what the runner reads)
        // and a plain-text form; HTML stays first, as front ends show the first preferred type.
        AddDataForm<CheckResult>(ExerciseReport.MimeType, r => r.Report.ToJson(), r => r.ToString());
        AddDataForm<QuizScore>(QuizScoreReport.MimeType, q => q.Report.ToJson(), q => q.ToString());
    }

    /// <summary>A traced value shows the graph that computed it; a constant shows its number.</summary>
    internal static string ValueHtml(Value value) => value.IsTraced
        ? GraphSvg.RenderHtml(value.ToGraph())
        : "<code>" + HtmlText.Escape(value.ToString()) + "</code>";

    private const string PlainTextMimeType = "text/plain";

    private static void AddDataForm<T>(string mimeType, Func<T, string> json, Func<T, string> text)
    {
        Formatter.Register(json, mimeType);
        Formatter.Register(text, PlainTextMimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlMimeType, mimeType);
    }
}
