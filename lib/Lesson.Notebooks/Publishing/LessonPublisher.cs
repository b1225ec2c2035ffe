using System.Text;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;
using PlotlyJsReader;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// Writes a lesson run to a folder as it goes: plotly.js once (<see cref="PlotlyJsFile"/>, shared
/// by every page), for each notebook the executed <c>.ipynb</c>, its HTML page and its result
/// (<c>name.run.json</c>), and after each notebook the index page again,
/// so that a run that stops half way leaves everything finished so far readable. Results already in
/// the folder are kept in the index, so running one notebook again does not drop the others.
/// </summary>
public sealed class LessonPublisher
{
    private readonly string _folder;
    private readonly string _title;
    private readonly List<NotebookRun> _runs = [];

    /// <summary>Publishes into <paramref name="folder"/> (created if needed).</summary>
    public LessonPublisher(string folder, string title = "Lesson 1.2.40: automatic differentiation")
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        _folder = Path.GetFullPath(folder);
        _title = title;
        Directory.CreateDirectory(_folder);
        WritePlotlyJs();
        foreach (var file in Directory.GetFiles(_folder, "*" + ResultSuffix).Order(StringComparer.Ordinal))
        {
            try
            {
                if (RunResultFile.Read(file) is { } earlier) _runs.Add(earlier);
            }
            catch (System.Text.Json.JsonException)
            {
                // A result left half-written by an earlier, interrupted run: it is run again or dropped.
            }
        }
    }

    /// <summary>The runs published so far, in order.</summary>
    public IReadOnlyList<NotebookRun> Runs => _runs;

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
            ExecutedNotebook.Merge(notebook, run).Save(ExecutedNotebookPath(run.Name));
            File.WriteAllText(PagePath(run.Name), NotebookPage.Render(notebook, run, PlotlyJsFile));
        }
        RunResultFile.Write(Path.Combine(_folder, run.Name + ResultSuffix), run);
        _runs.RemoveAll(r => r.Name == run.Name);
        _runs.Add(run);
        _runs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        File.WriteAllText(IndexPath, IndexPage.Render(_title, _runs, r => PageName(r.Name)));
    }

    private const string ResultSuffix = ".run.json";

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
        File.WriteAllText(path, source, new UTF8Encoding(false));
    }

    private static string PageName(string name) => name + ".html";
}
