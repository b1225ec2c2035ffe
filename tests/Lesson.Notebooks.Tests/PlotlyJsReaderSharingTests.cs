using Lesson.Notebooks.Publishing;
using PlotlyJsReader;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// The engine and the notebooks it runs in-process share one PlotlyJsReader: the engine loads it
/// for published pages, the notebook's AutoDiff.Visuals (loaded by #r) asks for it too, and the
/// runtime binds that request to the copy already loaded. Two copies would show up here.
/// </summary>
[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class PlotlyJsReaderSharingTests(SolutionRuns runs) : IClassFixture<SolutionRuns>
{
    [Fact]
    public async Task NotebookRunInProcess_UsesTheEnginesPlotlyJsReader_OneCopyLoaded()
    {
        Assert.NotEmpty(EmbeddedPlotlyJs.Version);   // the engine's side has loaded it first

        var run = await runs.Run(LessonFolders.Solution("04-mini-project-graph-sketch"));

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        Assert.Contains(run.Cells.SelectMany(c => c.Outputs), OutputHtml.IsPlotlyJs);
        var copies = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "PlotlyJsReader").ToList();
        Assert.True(copies.Count == 1, "PlotlyJsReader loaded " + copies.Count + " times: " + string.Join(", ", copies.Select(a => a.Location)));
    }
}
