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

    // The notebooks spell the library's folder and the solution file out (a notebook cannot call
    // LessonPaths before it has loaded anything): they must agree with the one definition.
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public void EveryNotebook_NamesTheLibraryFolderAndSolutionFileAsLessonPathsDefinesThem(string name)
    {
        foreach (var path in new[] { LessonFolders.Solution(name), LessonFolders.LearnerNotebook(name) })
        {
            var cells = NotebookDocument.Load(path).Cells.Where(c => c.Kind == CellKind.Code).Select(c => c.Source).ToList();
            var references = cells.SelectMany(s => s.Split('\n')).Where(l => l.StartsWith("#r \"", StringComparison.Ordinal) && !l.Contains("nuget:", StringComparison.Ordinal)).ToList();

            Assert.NotEmpty(references);
            Assert.All(references, r => Assert.StartsWith($"#r \"../{LessonPaths.LibraryFolder}/", r, StringComparison.Ordinal));
            Assert.Contains(cells, s => s.Contains($"\"../{LessonPaths.LibraryFolder}/AutoDiff.Interactive.dll\"", StringComparison.Ordinal)
                                        && s.Contains($"\"../{LessonPaths.SolutionFile}\"", StringComparison.Ordinal));
        }
    }

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
        Assert.Contains($"relative path ../{LessonPaths.LibraryFolder}/", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not built yet", message, StringComparison.Ordinal);
    }
}
