using System.Text;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;
using PlotlyJsReader;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// Writes a lesson run to a folder as it goes: plotly.js once (<see cref="PlotlyJsFile"/>, shared
/// by every page), for each notebook the executed <c>.ipynb</c>, its HTML page and its result
/// (<c>name.run.json</c>), and after each notebook the index page again, so that a run that stops
/// half way leaves everything finished so far readable. The index is built from the results on disk
/// at the moment it is written, under a lock on the folder, so results of earlier runs and of other
/// runners writing into the same folder at the same time are all kept. Every file is written
/// atomically through a temporary file of its own.
/// </summary>
public sealed class LessonPublisher
{
    private const string ResultSuffix = ".run.json";

    private readonly string _folder;
    private readonly string _title;

    /// <summary>
    /// Publishes into <paramref name="folder"/> (created if needed), under <paramref name="title"/>
    /// (default: <see cref="LessonPaths.Title"/>). Results already there are checked
    /// first: one that cannot be read throws <see cref="InvalidDataException"/> naming it, before
    /// anything is written.
    /// </summary>
    public LessonPublisher(string folder, string? title = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        _folder = Path.GetFullPath(folder);
        _title = title ?? LessonPaths.Title;
        Directory.CreateDirectory(_folder);
        _ = ReadRuns();
        WritePlotlyJs();
    }

    /// <summary>The runs published in the folder (by this or any runner), in name order.</summary>
    public IReadOnlyList<NotebookRun> Runs => ReadRuns();

    /// <summary>The plotly.js file every page loads, beside the pages (e.g. "plotly-2.28.0.min.js").</summary>
    public static string PlotlyJsFile => EmbeddedPlotlyJs.FileName;

    /// <summary>The index page's path.</summary>
    public string IndexPath => Path.Combine(_folder, "index.html");

    /// <summary>The HTML page of a notebook.</summary>
    public string PagePath(string name) => Path.Combine(_folder, PageName(name));

    /// <summary>The executed notebook file of a notebook.</summary>
    public string ExecutedNotebookPath(string name) => Path.Combine(_folder, name + ".ipynb");

    /// <summary>
    /// Writes the executed notebook and page for <paramref name="run"/> (only the index entry when the
    /// notebook could not be read), then rewrites the index. The notebook's inlined copy of plotly.js is
    /// left out of both: the pages load <see cref="PlotlyJsFile"/>.
    /// </summary>
    public void Add(NotebookDocument? notebook, NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        run = WithoutInlinedPlotlyJs(run);
        if (notebook is not null)
        {
            AtomicFile.Write(ExecutedNotebookPath(run.Name), ExecutedNotebook.Merge(notebook, run).ToJson());
            AtomicFile.Write(PagePath(run.Name), NotebookPage.Render(notebook, run, PlotlyJsFile));
        }
        using var folderLock = FolderLock.Acquire(_folder);
        RunResultFile.Write(Path.Combine(_folder, run.Name + ResultSuffix), run);
        AtomicFile.Write(IndexPath, IndexPage.Render(_title, ReadRuns(), r => PageName(r.Name)));
    }

    private List<NotebookRun> ReadRuns() =>
        Directory.GetFiles(_folder, "*" + ResultSuffix)
            .Where(f => f.EndsWith(ResultSuffix, StringComparison.Ordinal))
            .Select(RunResultFile.Read)
            .OfType<NotebookRun>()
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    // The setup cell's 3.6 MB copy of plotly.js is what lets a notebook host draw offline; here
    // the pages share one file instead, so the executed notebook and the result leave it out
    // (opened in a host, their charts load plotly.js from the CDN).
    private static NotebookRun WithoutInlinedPlotlyJs(NotebookRun run) => run with
    {
        Cells = run.Cells.Select(c => c.Outputs.Any(OutputHtml.IsPlotlyJs)
            ? c with { Outputs = c.Outputs.Where(o => !OutputHtml.IsPlotlyJs(o)).ToList() }
            : c).ToList(),
    };

    // Written whole only when missing or different, so a second run leaves the file as it is.
    private void WritePlotlyJs()
    {
        string path = Path.Combine(_folder, PlotlyJsFile);
        string source = EmbeddedPlotlyJs.Source;
        if (File.Exists(path) && new FileInfo(path).Length == Encoding.UTF8.GetByteCount(source) && File.ReadAllText(path) == source) return;
        AtomicFile.Write(path, source);
    }

    private static string PageName(string name) => name + ".html";
}
