using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

/// <summary>The engine on fixture notebooks, in this process, in the real C# kernel.</summary>
[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class EngineTests
{
    private static readonly ExecutionOptions Options = new(TimeSpan.FromSeconds(60));

    private static Task<NotebookRun> RunFixture(string name) =>
        new NotebookExecutor(Options).RunAsync(FixturePaths.Fixture(name));

    [Fact]
    public async Task PrintingCell_ProducesOneMergedStdoutStream()
    {
        var run = await RunFixture("basics.ipynb");

        var output = Assert.Single(run.Cells[1].Outputs);
        Assert.Equal((OutputKind.Stream, "stdout", "hello from the kernel\nsecond line\n"), (output.Kind, output.Name, output.Text));
        Assert.Equal(CellStatus.Succeeded, run.Cells[1].Status);
    }

    [Fact]
    public async Task DisplayedHtml_IsKeptAsTextHtml()
    {
        var run = await RunFixture("basics.ipynb");

        var output = Assert.Single(run.Cells[2].Outputs);
        Assert.Equal(OutputKind.Display, output.Kind);
        Assert.Equal("<b id=\"bold\">bold</b>", output.Get("text/html"));
    }

    [Fact]
    public async Task LastExpression_IsAnExecuteResult()
    {
        var run = await RunFixture("basics.ipynb");

        var output = Assert.Single(run.Cells[3].Outputs);
        Assert.Equal(OutputKind.Result, output.Kind);
        Assert.Contains("<pre>3</pre>", output.Get("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrowingCell_IsRecordedAndTheRunContinues()
    {
        var run = await RunFixture("basics.ipynb");

        Assert.Equal(CellStatus.Failed, run.Cells[4].Status);
        Assert.Contains("boom in the fixture", run.Cells[4].Message, StringComparison.Ordinal);
        Assert.Equal(OutputKind.Error, Assert.Single(run.Cells[4].Outputs).Kind);
        Assert.Equal("still running after failures: 3\n", Assert.Single(run.Cells[8].Outputs).Text);
    }

    [Fact]
    public async Task CellThatDoesNotCompile_IsRecordedWithTheCompilerError()
    {
        var run = await RunFixture("basics.ipynb");

        Assert.Equal(CellStatus.Failed, run.Cells[5].Status);
        Assert.Contains("CS0029", run.Cells[5].Message, StringComparison.Ordinal);
        Assert.Single(run.Cells[5].Outputs);
    }

    [Fact]
    public async Task UpdatedDisplay_ReplacesTheValueItUpdates()
    {
        var run = await RunFixture("basics.ipynb");

        var output = Assert.Single(run.Cells[7].Outputs);
        Assert.Equal("<i>second</i>", output.Get("text/html"));
    }

    [Fact]
    public async Task ExerciseChecks_AreReadFromTheOutputs()
    {
        var run = await RunFixture("basics.ipynb");

        Assert.Equal(["1.2.40.1:correct", "1.2.40.2:wrong"], run.Exercises.Select(e => $"{e.Exercise}:{e.Status}"));
        Assert.Equal("3/4", run.QuizScore);
        Assert.Equal([4, 5], run.Failures.Select(c => c.Index));
    }

    [Fact]
    public async Task MarkdownCells_PassThroughWithoutExecution()
    {
        var run = await RunFixture("basics.ipynb");

        Assert.Equal(CellStatus.NotCode, run.Cells[0].Status);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], run.Cells.Skip(1).Select(c => c.ExecutionCount ?? 0));
    }

    [Fact]
    public async Task RelativeAssemblyReference_ResolvesFromTheNotebookFolder()
    {
        var folder = FixturePaths.CopyToTemp("reference.ipynb");
        FixtureLibrary.EmitTo(Path.Combine(folder, "lib", "FixtureLib.dll"));
        var before = Directory.GetCurrentDirectory();

        var run = await new NotebookExecutor(Options).RunAsync(Path.Combine(folder, "reference.ipynb"));

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        // Strings are shown as plain text, as in the browser front ends.
        Assert.Equal(FixtureLibrary.Greeting, run.Cells[1].Outputs.Single().Get("text/plain"));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task NuGetPackageWithKernelExtension_RunsTheExtensionAsTheHostsDo()
    {
        var run = await RunFixture("package.ipynb");

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
        // Plotly.NET.Interactive's extension registers the text/html formatter for charts.
        Assert.Contains("<pre>True</pre>", run.Cells[1].Outputs.Single().Get("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CellLongerThanTimeout_IsTimedOutAndLaterCellsAreNotRun()
    {
        var notebook = NotebookDocument.Parse("""
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
             {"cell_type": "code", "id": "a", "metadata": {}, "source": "await Task.Delay(TimeSpan.FromSeconds(20));", "outputs": [], "execution_count": null},
             {"cell_type": "code", "id": "b", "metadata": {}, "source": "1", "outputs": [], "execution_count": null}]}
            """, "slow");

        var run = await new NotebookExecutor(new ExecutionOptions(TimeSpan.FromSeconds(1))).RunAsync(notebook, Path.Combine(FixturePaths.Fixtures, "slow.ipynb"));

        Assert.Equal([CellStatus.TimedOut, CellStatus.NotRun], run.Cells.Select(c => c.Status));
        Assert.Equal("timed out after 1 s", run.Cells[0].Message);
    }

    [Fact]
    public async Task KernelStartUp_IsReportedBeforeTheFirstCellSoItsTimeIsNoCellsTime()
    {
        var events = new List<string>();
        var options = new ExecutionOptions(TimeSpan.FromSeconds(60),
            CellStarted: (index, _) => events.Add($"start {index}"),
            KernelReady: () => events.Add("ready"));

        await new NotebookExecutor(options).RunAsync(FixturePaths.Fixture("basics.ipynb"));

        Assert.Equal("ready", events.First());
        Assert.Equal(1, events.Count(e => e == "ready"));
    }

    [Fact]
    public async Task EndlessRecursionThroughValue_IsStoppedAndTheKernelKeepsItsDefinitions()
    {
        // What a learner writes when the base case is missing: every call records two operations.
        // Without the tape's stack guard this would overflow the stack and end this test host.
        string library = Path.Combine(LessonFolders.Root, "artifacts", "bin", "AutoDiff.Interactive", "debug", "AutoDiff.dll");
        Assert.True(File.Exists(library), $"{library} is built with the solution");
        string Cell(string id, string source) =>
            $$"""{"cell_type": "code", "id": "{{id}}", "metadata": {}, "source": {{System.Text.Json.JsonSerializer.Serialize(source)}}, "outputs": [], "execution_count": null}""";
        var notebook = NotebookDocument.Parse($$"""
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
             {{Cell("a", $"#r \"{library}\"")}},
             {{Cell("b", "using AutoDiff;\nvar kept = 42;")}},
             {{Cell("c", "Value Forever(Value x) => Forever(x * 1.0000001 + 1);\nvar tape = new Tape();\nForever(tape.Variable(1))")}},
             {{Cell("d", "kept + 1")}}]}
            """, "recursion");

        var run = await new NotebookExecutor(Options).RunAsync(notebook, Path.Combine(FixturePaths.Fixtures, "recursion.ipynb"));

        Assert.Equal([CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Failed, CellStatus.Succeeded], run.Cells.Select(c => c.Status));
        Assert.Contains("InsufficientExecutionStackException", run.Cells[2].Message, StringComparison.Ordinal);
        Assert.Contains("no base case", run.Cells[2].Message, StringComparison.Ordinal);
        Assert.Contains("43", run.Cells[3].Outputs.Single().Get("text/plain") ?? run.Cells[3].Outputs.Single().Get("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingNotebook_GivesALoadErrorNotAnException()
    {
        var run = await new NotebookExecutor(Options).RunAsync("/no/such/folder/missing.ipynb");

        Assert.False(run.Succeeded);
        Assert.Contains("missing.ipynb", run.LoadError, StringComparison.Ordinal);
    }
}
