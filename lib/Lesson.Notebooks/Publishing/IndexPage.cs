using System.Globalization;
using System.Net;
using System.Text;
using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// The index of a published lesson: per notebook the cells run, failures, time, every exercise's
/// status, and a link to its page.
/// </summary>
public static class IndexPage
{
    /// <summary>The index page; <paramref name="pageOf"/> gives each run's page file name.</summary>
    public static string Render(string title, IEnumerable<NotebookRun> runs, Func<NotebookRun, string> pageOf)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(pageOf);
        var html = new StringBuilder();
        html.Append(PageStyle.Open(title));
        html.Append(CultureInfo.InvariantCulture, $"""
            <h1>{Encode(title)}</h1>
            <table class="runs">
            <thead><tr><th>Notebook</th><th>Cells run</th><th>Failures</th><th>Time</th><th>Exercises</th></tr></thead>
            <tbody>

            """);
        foreach (var run in runs)
            html.Append(Row(run, pageOf(run)));
        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Row(NotebookRun run, string page)
    {
        var failures = string.Concat(RunText.FailureLines(run).Select(l => $"<div class=\"badge failed\">{Encode(l)}</div>"));
        var exercises = string.Concat(run.Exercises.Select(e =>
            $"<span class=\"badge {Encode(e.Status)}\" data-exercise=\"{Encode(e.Exercise)}\" data-status=\"{Encode(e.Status)}\">{Encode(e.Exercise)}: {Encode(RunText.Status(e.Status))}</span>"));
        if (run.QuizScore is { } score)
            exercises += $"<span class=\"badge ok\">quiz {Encode(score)}</span>";
        if (RunText.NotRunNote(run) is { } notRun)
            exercises += $"<span class=\"badge not-run\">{Encode(notRun)}</span>";
        var link = run.LoadError is null ? $"<a href=\"{Encode(page)}\">{Encode(run.Name)}</a>" : Encode(run.Name);
        var failureCount = run.LoadError is null ? run.Failures.Count.ToString(CultureInfo.InvariantCulture) : "not run";
        if (run.Interrupted is not null)
            failureCount += " <span class=\"badge interrupted\">interrupted</span>";
        return $"<tr><td>{link}</td><td>{run.CellsRun}</td><td>{failureCount}{failures}</td><td>{RunText.Seconds(run.Duration)}</td><td>{exercises}</td></tr>\n";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
