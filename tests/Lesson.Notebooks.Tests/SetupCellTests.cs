using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// The setup check every notebook starts with, run in the real kernel: inside the repository it
/// passes; in a copy outside the repository it says the relative library path is what is wrong
/// (not that the library is unbuilt, which it is not).
/// </summary>
[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class SetupCellTests
{
    private static readonly ExecutionOptions Options = new(TimeSpan.FromSeconds(60));

    private static NotebookCell SetupCell(string path) =>
        NotebookDocument.Load(path).Cells.First(c => c.Kind == CellKind.Code && c.Source.Contains("Setup check", StringComparison.Ordinal));

    // A notebook of the setup cell alone, as the learner notebook has it.
    private static NotebookDocument SetupOnly(string name)
    {
        var cell = SetupCell(LessonFolders.LearnerNotebook(name));
        return NotebookDocument.Parse($$"""
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{{cell.Json.ToJsonString()}}]}
            """, name);
    }

    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public void EveryNotebook_StartsWithTheSameSetupCheck(string name) =>
        Assert.Equal(SetupCell(LessonFolders.LearnerNotebook("01-starter")).Source, SetupCell(LessonFolders.Solution(name)).Source);

    [Fact]
    public async Task SetupCheck_InTheRepository_Passes()
    {
        var run = await new NotebookExecutor(Options).RunAsync(SetupOnly("01-starter"), LessonFolders.LearnerNotebook("01-starter"));

        Assert.True(run.Succeeded, string.Join("\n", run.Failures.Select(f => f.Message)));
    }

    [Fact]
    public async Task SetupCheck_InACopyOutsideTheRepository_SaysTheRelativeLibraryPathIsWrong()
    {
        var elsewhere = Runner.TempFolder("copied-notebook");

        var run = await new NotebookExecutor(Options).RunAsync(SetupOnly("01-starter"), Path.Combine(elsewhere, "01-starter.ipynb"));

        var message = Assert.Single(run.Failures).Message;
        Assert.Contains("not the notebooks/ folder of the lesson repository", message, StringComparison.Ordinal);
        Assert.Contains("relative path ../artifacts/bin/AutoDiff.Interactive/debug/", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not built yet", message, StringComparison.Ordinal);
    }
}
