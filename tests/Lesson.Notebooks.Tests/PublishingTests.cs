using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;
using Lesson.Notebooks.Publishing;
using PlotlyJsReader;

namespace Lesson.Notebooks.Tests;

public sealed class PublishingTests
{
    private const string PlotlyFile = "plotly-test.min.js";

    private static CellRun Display(int index, string mime, string value) =>
        new(index, null, CellStatus.Succeeded, [new CellOutput(OutputKind.Display, new Dictionary<string, string> { [mime] = value })], TimeSpan.Zero, index);

    private static string Page(params CellRun[] codeRuns)
    {
        var notebook = NotebookDocument.Load(FixturePaths.Fixture("basics.ipynb"));
        var runs = notebook.Cells.Select(c => codeRuns.FirstOrDefault(r => r.Index == c.Index)
            ?? new CellRun(c.Index, c.Id, c.Kind == CellKind.Code ? CellStatus.Succeeded : CellStatus.NotCode, [], TimeSpan.Zero)).ToList();
        return NotebookPage.Render(notebook, new NotebookRun("basics.ipynb", "basics", runs, TimeSpan.FromSeconds(1)), PlotlyFile);
    }

    [Fact]
    public void EmbeddedPlotlyJs_IsTheLibraryPlotlyNetEmbeds()
    {
        var js = EmbeddedPlotlyJs.Source;

        Assert.True(js.Length > 1_000_000, "plotly.min.js is a few megabytes");
        Assert.Contains("plotly.js v" + EmbeddedPlotlyJs.Version, js[..500], StringComparison.Ordinal);
    }

    [Fact]
    public void Page_LoadsTheSharedPlotlyFileInTheHead_AndLeavesOutTheNotebooksOwnCopy()
    {
        var notebookCopy = $"<script {EmbeddedPlotlyJs.NotebookOutputMarker}=\"2.28.0\">/* plotly.js inlined by Setup */</script>";
        var html = Page(Display(2, "text/html", notebookCopy), Display(3, "text/html", "<div id=\"c1\"></div><script>Plotly.newPlot('c1', [], {});</script>"));

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains($"<script src=\"{PlotlyFile}\"", head, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, System.Text.RegularExpressions.Regex.Escape(PlotlyFile)));
        Assert.DoesNotContain("inlined by Setup", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('c1'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Publisher_WritesPlotlyJsOnceBesideThePages()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lesson-publisher-" + Guid.NewGuid().ToString("N"));
        _ = new LessonPublisher(folder);
        var written = new FileInfo(Path.Combine(folder, LessonPublisher.PlotlyJsFile)).LastWriteTimeUtc;
        _ = new LessonPublisher(folder);

        Assert.Equal(EmbeddedPlotlyJs.Source, File.ReadAllText(Path.Combine(folder, LessonPublisher.PlotlyJsFile)));
        Assert.Equal(written, new FileInfo(Path.Combine(folder, LessonPublisher.PlotlyJsFile)).LastWriteTimeUtc);
        Assert.Single(Directory.GetFiles(folder, "*.js"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Publisher_LeavesTheInlinedPlotlyJsOutOfTheExecutedNotebookAndTheResult()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lesson-publisher-" + Guid.NewGuid().ToString("N"));
        var notebook = NotebookDocument.Load(FixturePaths.Fixture("basics.ipynb"));
        var setup = $"<script {EmbeddedPlotlyJs.NotebookOutputMarker}=\"2.28.0\">/* plotly.js inlined by Setup */</script>";
        var runs = notebook.Cells.Select(c => c.Index == 2
            ? new CellRun(c.Index, c.Id, CellStatus.Succeeded, [new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = setup }),
                new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = "<b>kept</b>" })], TimeSpan.Zero, 1)
            : new CellRun(c.Index, c.Id, c.Kind == CellKind.Code ? CellStatus.Succeeded : CellStatus.NotCode, [], TimeSpan.Zero)).ToList();

        new LessonPublisher(folder).Add(notebook, new NotebookRun("basics.ipynb", "basics", runs, TimeSpan.FromSeconds(1)));

        foreach (var file in new[] { "basics.ipynb", "basics.run.json", "basics.html" })
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Assert.DoesNotContain("inlined by Setup", text, StringComparison.Ordinal);
            Assert.Contains("kept", text, StringComparison.Ordinal);
        }
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Page_DropsRemoteScriptTagsFromOutputs()
    {
        var html = Page(Display(2, "text/html", "<script src=\"https://cdn.plot.ly/plotly-2.27.1.min.js\"></script><div id=\"chart\"></div>"));

        Assert.DoesNotContain("src=\"https://cdn.plot.ly", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"chart\"></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_RendersMarkdownTablesAndPassesDetailsThrough()
    {
        var html = Page();

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>f(x)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Model answer</summary>", html, StringComparison.Ordinal);
        Assert.Contains("The answer is <strong>42</strong>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_ShowsCodeEscapedAndSvgInline()
    {
        var html = Page(Display(2, "image/svg+xml", "<svg><text>x²y</text></svg>"));

        Assert.Contains("display(HTML(&quot;&lt;b id=\\&quot;bold\\&quot;&gt;bold&lt;/b&gt;&quot;));", html, StringComparison.Ordinal);
        Assert.Contains("<svg><text>x²y</text></svg>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_PlainTextOutputIsEscapedInPre()
    {
        var html = Page(Display(3, "text/plain", "a < b"));

        Assert.Contains("<pre>a &lt; b</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_ListsEachNotebookWithLinkFailuresAndExercises()
    {
        var run = new NotebookRun("a.ipynb", "01-starter",
            [Display(0, LessonExercises.ExerciseReport.MimeType, new LessonExercises.ExerciseReport("1.2.40.1", LessonExercises.ExerciseState.NotAttempted, 1, "stub").ToJson()),
             Display(1, LessonExercises.ExerciseReport.MimeType, new LessonExercises.ExerciseReport("1.2.40.1.keypoints", LessonExercises.ExerciseState.SelfChecked, 1, "marked").ToJson())],
            TimeSpan.FromSeconds(2.5));
        var missing = NotebookRun.NotLoaded("/x/02-intermediate.ipynb", "Notebook not found: /x/02-intermediate.ipynb");

        var html = IndexPage.Render("Lesson", [run, missing], r => r.Name + ".html");

        Assert.Contains("<a href=\"01-starter.html\">01-starter</a>", html, StringComparison.Ordinal);
        Assert.Contains("1.2.40.1: not attempted yet", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge self-checked\" data-exercise=\"1.2.40.1.keypoints\" data-status=\"self-checked\">1.2.40.1.keypoints: self-checked (not graded)</span>", html, StringComparison.Ordinal);
        Assert.Contains("2.5 s", html, StringComparison.Ordinal);
        Assert.Contains("Notebook not found: /x/02-intermediate.ipynb", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"02-intermediate.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Publisher_RunningOneNotebookAgain_KeepsTheOthersInTheIndex()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lesson-publisher-" + Guid.NewGuid().ToString("N"));
        var first = new LessonPublisher(folder);
        first.Add(null, NotebookRun.NotLoaded("/x/01-starter.ipynb", "Notebook not found: /x/01-starter.ipynb"));
        first.Add(null, NotebookRun.NotLoaded("/x/02-intermediate.ipynb", "Notebook not found: /x/02-intermediate.ipynb"));

        var second = new LessonPublisher(folder);
        second.Add(null, NotebookRun.NotLoaded("/x/02-intermediate.ipynb", "Notebook still not found"));

        Assert.Equal(["01-starter", "02-intermediate"], second.Runs.Select(r => r.Name));
        var index = File.ReadAllText(second.IndexPath);
        Assert.Contains("Notebook not found: /x/01-starter.ipynb", index, StringComparison.Ordinal);
        Assert.Contains("Notebook still not found", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Notebook not found: /x/02-intermediate.ipynb", index, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
