using System.Text.Json.Nodes;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class ExecutedNotebookTests
{
    // Required keys from the nbformat 4.5 JSON schema (nbformat.v4.5.schema.json).
    private static readonly Dictionary<string, string[]> RequiredOutputKeys = new()
    {
        ["stream"] = ["output_type", "name", "text"],
        ["display_data"] = ["output_type", "data", "metadata"],
        ["execute_result"] = ["output_type", "execution_count", "data", "metadata"],
        ["error"] = ["output_type", "ename", "evalue", "traceback"],
    };

    private static async Task<(NotebookDocument Source, NotebookDocument Executed)> ExecuteBasics()
    {
        var source = NotebookDocument.Load(FixturePaths.Fixture("basics.ipynb"));
        var run = await new NotebookExecutor(new ExecutionOptions(TimeSpan.FromSeconds(60))).RunAsync(source, FixturePaths.Fixture("basics.ipynb"));
        var executed = NotebookDocument.Parse(ExecutedNotebook.Merge(source, run).ToJson(), "basics");
        return (source, executed);
    }

    [Fact]
    public async Task Merge_EveryOutputHasTheKeysNbformatRequires()
    {
        var (_, executed) = await ExecuteBasics();

        var outputs = executed.Cells.Where(c => c.Kind == CellKind.Code).SelectMany(c => c.Json["outputs"]!.AsArray()).ToList();
        Assert.NotEmpty(outputs);
        foreach (var output in outputs.Cast<JsonObject>())
        {
            var type = output["output_type"]!.GetValue<string>();
            Assert.All(RequiredOutputKeys[type], key => Assert.True(output.ContainsKey(key), $"{type} lacks {key}"));
        }
    }

    [Fact]
    public async Task Merge_KeepsIdsMetadataAndSources()
    {
        var (source, executed) = await ExecuteBasics();

        Assert.Equal(source.Cells.Select(c => (c.Id, c.Source)), executed.Cells.Select(c => (c.Id, c.Source)));
        Assert.All(source.Cells, c => Assert.True(JsonNode.DeepEquals(c.Json["metadata"], executed.Cells[c.Index].Json["metadata"])));
        Assert.True(JsonNode.DeepEquals(source.Metadata, executed.Metadata));
        Assert.Equal(5, executed.Root["nbformat_minor"]!.GetValue<int>());
    }

    [Fact]
    public async Task Merge_CodeCellsCarryExecutionCountsAndStreamsText()
    {
        var (_, executed) = await ExecuteBasics();

        Assert.Equal(1, executed.Cells[1].Json["execution_count"]!.GetValue<int>());
        var stream = executed.Cells[1].Json["outputs"]![0]!;
        Assert.Equal("hello from the kernel\nsecond line\n", JupyterText.Read(stream["text"]));
        Assert.Equal("error", executed.Cells[4].Json["outputs"]![0]!["output_type"]!.GetValue<string>());
    }
}
