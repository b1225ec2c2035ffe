using System.Text.Json;
using System.Text.Json.Nodes;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Writes a run's outputs into a copy of its notebook: Jupyter outputs and execution counts on each
/// code cell; cell ids and metadata untouched. The result is a valid nbformat 4.5 notebook that
/// Jupyter, VS Code and nbconvert open with the outputs shown.
/// </summary>
public static class ExecutedNotebook
{
    /// <summary>A copy of <paramref name="notebook"/> carrying the outputs of <paramref name="run"/>.</summary>
    public static NotebookDocument Merge(NotebookDocument notebook, NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(run);
        var executed = notebook.Clone();
        var byIndex = run.Cells.ToDictionary(c => c.Index);
        foreach (var cell in executed.Cells.Where(c => c.Kind == CellKind.Code))
        {
            if (!byIndex.TryGetValue(cell.Index, out var cellRun))
                continue;
            cell.Json["execution_count"] = cellRun.ExecutionCount;
            cell.Json["outputs"] = Outputs(cellRun);
        }
        return executed;
    }

    /// <summary>The Jupyter output list for one cell (with a note when it timed out or did not run).</summary>
    public static JsonArray Outputs(CellRun cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var outputs = new JsonArray();
        foreach (var output in cell.Outputs)
            outputs.Add(ToJupyter(output, cell.ExecutionCount));
        if (cell.Status is CellStatus.TimedOut or CellStatus.NotRun && cell.Message is { } message)
            outputs.Add(ToJupyter(CellOutput.Error(cell.Status.ToString(), message), cell.ExecutionCount));
        return outputs;
    }

    private static JsonObject ToJupyter(CellOutput output, int? executionCount) => output.Kind switch
    {
        OutputKind.Stream => new JsonObject
        {
            ["name"] = output.Name,
            ["output_type"] = "stream",
            ["text"] = JupyterText.Write(output.Text, asLines: true),
        },
        OutputKind.Error => new JsonObject
        {
            ["ename"] = output.Name,
            ["evalue"] = output.Text,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray((output.Traceback ?? []).Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        },
        OutputKind.Result => new JsonObject
        {
            ["data"] = Data(output),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        _ => new JsonObject
        {
            ["data"] = Data(output),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
    };

    private static JsonObject Data(CellOutput output)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in output.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            data[mime] = IsJson(mime) && TryParse(value) is { } json ? json : JupyterText.Write(value, asLines: true);
        return data;
    }

    private static bool IsJson(string mime) =>
        mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? TryParse(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
