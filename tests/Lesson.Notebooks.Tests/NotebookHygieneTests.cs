using System.Text.Json.Nodes;
using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

public sealed class NotebookHygieneTests
{
    private static NotebookDocument Clean() => NotebookDocument.Load(FixturePaths.Fixture("solution.ipynb"));

    [Fact]
    public void Check_NotebookWithPolyglotMetadataAndNoOutputs_HasNoProblems() =>
        Assert.Empty(NotebookHygiene.Check(Clean()));

    [Fact]
    public void Check_CellWithOutputsAndCount_ReportsBoth()
    {
        var notebook = Clean();
        notebook.Cells[1].Json["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "stream" });
        notebook.Cells[1].Json["execution_count"] = 1;

        var problems = NotebookHygiene.Check(notebook);

        Assert.Contains("solution: cell 2 (id c01) has outputs (commit notebooks without outputs)", problems);
        Assert.Contains("solution: cell 2 (id c01) has an execution count (commit notebooks without outputs)", problems);
    }

    [Fact]
    public void Check_CodeCellWithoutVsCodeLanguageId_IsReported()
    {
        var notebook = Clean();
        notebook.Cells[2].Metadata.Remove("vscode");

        var problem = Assert.Single(NotebookHygiene.Check(notebook));

        Assert.Contains("metadata.vscode.languageId", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongKernelspec_IsReported()
    {
        var notebook = Clean();
        notebook.Metadata["kernelspec"] = new JsonObject { ["name"] = "python3" };

        var problem = Assert.Single(NotebookHygiene.Check(notebook));

        Assert.Contains("kernelspec", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RemovesOutputs_ThenCheckPasses()
    {
        var notebook = Clean();
        notebook.Cells[1].Json["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "stream" });

        Assert.True(NotebookHygiene.Clean(notebook));
        Assert.Empty(NotebookHygiene.Check(notebook));
    }
}
