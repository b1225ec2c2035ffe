using System.Text.Json.Nodes;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// "Run All" twice in the same kernel, as a learner does after editing a cell: every cell runs a
/// second time on top of the first run's state, and nothing may fail or change its verdict.
/// </summary>
[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class RunAllTwiceTests
{
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public async Task SolutionNotebook_RunAllTwiceInOneKernel_NoCellFailsAndChecksStayCorrect(string name)
    {
        var path = LessonFolders.Solution(name);
        var twice = Doubled(NotebookDocument.Load(path));

        var run = await new NotebookExecutor(new ExecutionOptions(TimeSpan.FromSeconds(180))).RunAsync(twice, path);

        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Select(f => $"{name}, {f.Label}: {f.Message}")));
        Assert.All(run.Exercises, e => Assert.True(e.Status == SolutionStatus.Expected(e), $"{name}: {e.Exercise} is {e.Status} on the second run"));
    }

    // The notebook's cells followed by a copy of them (ids suffixed so they stay unique).
    private static NotebookDocument Doubled(NotebookDocument notebook)
    {
        var root = (JsonObject)notebook.Root.DeepClone();
        var cells = (JsonArray)root["cells"]!;
        foreach (var cell in cells.Select(c => c!.DeepClone()).ToList())
        {
            if (cell["id"] is JsonValue id) cell["id"] = id.GetValue<string>() + "-again";
            cells.Add(cell);
        }
        return NotebookDocument.Parse(root.ToJsonString(), notebook.Name);
    }
}
