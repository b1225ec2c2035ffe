using System.Globalization;
using System.Net;
using System.Text;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// One executed notebook as an HTML page: markdown rendered, code shown, outputs as the notebook
/// hosts show them. plotly.js comes from one file beside the pages that all of them share
/// (<see cref="LessonPublisher"/> writes it), so the page needs no network and opens straight from
/// disk; the notebook's own copy of plotly.js (the setup cell's output) is left out.
/// </summary>
public static class NotebookPage
{
    /// <summary>The page for <paramref name="notebook"/> executed as <paramref name="run"/>.</summary>
    /// <param name="notebook">The notebook that was run (its cells give the text).</param>
    /// <param name="run">The run (its cells give outputs and statuses).</param>
    /// <param name="plotlyJsFile">The plotly.js file, relative to the page (see <see cref="LessonPublisher.PlotlyJsFile"/>).</param>
    /// <param name="indexLink">Relative link back to the index page.</param>
    public static string Render(NotebookDocument notebook, NotebookRun run, string plotlyJsFile, string indexLink = "index.html")
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(run);
        var html = new StringBuilder();
        html.Append(PageStyle.Open(notebook.Name, $"<script src=\"{Encode(plotlyJsFile)}\" charset=\"utf-8\"></script>\n<script>{RequireShim.Script}</script>\n"));
        html.Append(CultureInfo.InvariantCulture, $"""
            <nav><a href="{Encode(indexLink)}">← All notebooks</a></nav>
            {Summary(run)}
            <main>

            """);
        var runs = run.Cells.ToDictionary(c => c.Index);
        foreach (var cell in notebook.Cells)
            html.Append(Cell(cell, runs.GetValueOrDefault(cell.Index)));
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Summary(NotebookRun run)
    {
        var text = new StringBuilder("<div class=\"summary\">");
        text.Append(CultureInfo.InvariantCulture,
            $"<strong>{Encode(run.Name)}</strong>: {run.CellsRun} cells run, {run.Failures.Count} failed, {RunText.Seconds(run.Duration)}. ");
        foreach (var exercise in run.Exercises)
            text.Append(Badge(exercise.Status, $"{exercise.Exercise}: {RunText.Status(exercise.Status)}"));
        if (run.QuizScore is { } score)
            text.Append(Badge("ok", $"quiz score {score}"));
        if (RunText.NotRunNote(run) is { } notRun)
            text.Append(Badge("not-run", notRun));
        foreach (var line in RunText.FailureLines(run))
            text.Append(CultureInfo.InvariantCulture, $"<div class=\"badge failed\">{Encode(line)}</div>");
        return text.Append("</div>").ToString();
    }

    private static string Cell(NotebookCell cell, CellRun? run) => cell.Kind switch
    {
        CellKind.Markdown => $"<section class=\"cell markdown\" id=\"cell-{cell.Index + 1}\">{MarkdownHtml.Render(cell.Source)}</section>\n",
        CellKind.Raw => $"<section class=\"cell raw\"><pre>{Encode(cell.Source)}</pre></section>\n",
        _ => CodeCell(cell, run),
    };

    private static string CodeCell(NotebookCell cell, CellRun? run)
    {
        var failed = run?.IsFailure == true ? " failed" : "";
        var prompt = run?.ExecutionCount is { } n ? $"[{n}]" : "[ ]";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"cell code{failed}\" id=\"cell-{cell.Index + 1}\">");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"prompt\">{prompt} {Encode(run?.Status.ToString() ?? "")}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<pre class=\"source\"><code class=\"language-csharp\">{Encode(cell.Source)}</code></pre>");
        foreach (var output in run?.Outputs ?? [])
            html.Append(OutputHtml.Render(output));
        if (run is { Status: CellStatus.TimedOut or CellStatus.NotRun, Message: { } message })
            html.Append(OutputHtml.Render(CellOutput.Error(run.Status.ToString(), message)));
        return html.Append("</section>\n").ToString();
    }

    private static string Badge(string kind, string text) =>
        $"<span class=\"badge {Encode(kind)}\">{Encode(text)}</span>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
