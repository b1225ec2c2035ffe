using Lesson.Notebooks.Model;

namespace Lesson.Runner.Tests;

/// <summary>
/// The runner on bad input (a cell that loops forever, a kernel process that dies or never exits,
/// a cell that throws, a corrupt notebook, a notebook that does not exist): each is reported by
/// notebook and cell, the others still run, and everything finished is written.
/// </summary>
[Trait("Category", "Notebooks")]
public sealed class RunnerBadInputTests(BadInputRun run) : IClassFixture<BadInputRun>
{
    private readonly string _output = run.Output;
    private readonly (int ExitCode, string Output) _result = run.Result;

    [Fact]
    public void LoopingCell_IsReportedAsTimedOutNamingNotebookAndCell() =>
        Assert.Contains("notebook forever, cell 2 (id c01): timed out after 10 s", _result.Output, StringComparison.Ordinal);

    [Fact]
    public void LoopingNotebook_KeepsTheOutputOfCellsThatFinished()
    {
        var executed = NotebookDocument.Load(Path.Combine(_output, "forever.ipynb"));

        Assert.Contains("before the loop", executed.Cells[0].Json["outputs"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("timed out", File.ReadAllText(Path.Combine(_output, "forever.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void KernelProcessThatDies_IsReportedAtItsCellAndEarlierOutputIsKept()
    {
        Assert.Contains("notebook exits, cell 2 (id c01): the kernel process ended (exit code 3)", _result.Output, StringComparison.Ordinal);
        var executed = NotebookDocument.Load(Path.Combine(_output, "exits.ipynb"));
        Assert.Contains("before the exit", executed.Cells[0].Json["outputs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KernelProcessThatNeverExits_IsStoppedAndEveryCellIsKept()
    {
        // The run getting here at all shows the lingering process was stopped.
        var executed = NotebookDocument.Load(Path.Combine(_output, "lingers.ipynb"));

        Assert.Contains("lingers: done, 2 cells run, 0 failed", _result.Output, StringComparison.Ordinal);
        Assert.Contains("last cell", executed.Cells[1].Json["outputs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptAndMissingNotebooks_AreReportedByName()
    {
        Assert.Contains("corrupt: not valid notebook JSON", _result.Output, StringComparison.Ordinal);
        Assert.Contains("notebook \"no-such-notebook\" not found", _result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CellIdThatIsANumber_IsReportedByNotebookAndCellNotACrash()
    {
        Assert.Contains("number-id: cell 1 has \"id\": 7; a cell id must be a string", _result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", _result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CellThatOverflowsTheStack_IsReportedAsStackOverflowNamingTheRecursiveMethod() =>
        Assert.Matches(@"notebook overflows, cell 2 \(id c01\): Stack overflow at Submission#\d+\.Deeper\(Int32\)", _result.Output);

    [Fact]
    public void CellThatTimesOut_KeepsTheExercisesCheckedBeforeAndMarksTheRestNotRun()
    {
        var row = File.ReadAllLines(Path.Combine(_output, "index.html")).Single(l => l.Contains("checked-then-loops.html", StringComparison.Ordinal));

        Assert.Contains("data-exercise=\"1.2.40.1\" data-status=\"correct\"", row, StringComparison.Ordinal);
        Assert.Contains("exercises from cell 2 on: not run", row, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2.40.2", row, StringComparison.Ordinal);
    }

    [Fact]
    public void NotebooksAfterBadOnes_StillRunAndArePublished()
    {
        Assert.Contains("notebook basics, cell 5 (id c04): System.InvalidOperationException: boom in the fixture", _result.Output, StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(_output, "index.html"));
        Assert.Contains("<a href=\"basics.html\">basics</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"forever.html\">forever</a>", index, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_output, "basics.ipynb")));
    }

    [Fact]
    public void AnyFailure_GivesANonZeroExitCode() => Assert.Equal(1, _result.ExitCode);
}
