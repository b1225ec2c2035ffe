using Lesson.Notebooks.Model;

namespace Lesson.Runner.Tests;

/// <summary>
/// SIGTERM during a run: the running notebook's kernel process is stopped, the cells it finished are
/// published and marked interrupted in its page and in the index, nothing is left in the temp
/// folder, the runner says what happened and exits 143 (128 + 15).
/// </summary>
[Trait("Category", "Notebooks")]
public sealed class RunnerInterruptTests(InterruptedRun run) : IClassFixture<InterruptedRun>
{
    [Fact]
    public void Sigterm_ExitsWith143AndSaysWhatWasStoppedAndWhatDidNotRun()
    {
        Assert.True(run.ExitCode == 143, run.Log);
        Assert.Contains("Interrupted by SIGTERM: stopped the kernel of forever and published the 1 cells it had finished, marked interrupted; not run: basics.", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Sigterm_StopsTheChildProcessAndItsKernel() =>
        Assert.Empty(run.ChildrenLeft);

    [Fact]
    public void Sigterm_PublishesTheFinishedCellsOfTheInterruptedNotebook()
    {
        var executed = NotebookDocument.Load(Path.Combine(run.Output, "forever.ipynb"));

        Assert.Contains("before the loop", executed.Cells[0].Json["outputs"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.Output, "basics.html")));
    }

    [Fact]
    public void Sigterm_MarksTheNotebookInterruptedInItsPageAndTheIndex()
    {
        var marker = "interrupted (stopped by SIGTERM)";

        Assert.Contains(marker, File.ReadAllText(Path.Combine(run.Output, "forever.html")), StringComparison.Ordinal);
        Assert.Contains(marker, File.ReadAllText(Path.Combine(run.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sigterm_LeavesNoTemporaryFiles()
    {
        Assert.Empty(Directory.GetFileSystemEntries(run.TempFolder));
        Assert.Empty(Directory.GetFiles(run.Output, "*.tmp"));
    }
}
