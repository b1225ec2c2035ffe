using System.Text.Json.Nodes;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Learner;

/// <summary>
/// Checks a committed notebook is clean and carries exactly the metadata Polyglot Notebooks writes,
/// so that opening it in VS Code does not mark it dirty: nbformat 4.5 with unique cell ids, no outputs,
/// no execution counts, the .NET (C#) kernelspec and kernel info on the notebook, and the csharp
/// kernel name and polyglot-notebook language id on every code cell.
/// </summary>
public static class NotebookHygiene
{
    private static readonly JsonObject KernelSpec = new()
    {
        ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#",
    };

    /// <summary>Every problem found, each naming the notebook and cell; empty when clean.</summary>
    public static IReadOnlyList<string> Check(NotebookDocument notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var problems = new List<string>();
        CheckNotebookMetadata(notebook, problems);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in notebook.Cells)
        {
            if (cell.Id is not { Length: > 0 } id)
                problems.Add($"{cell.Label} has no id (nbformat 4.5 needs cell ids)");
            else if (!ids.Add(id))
                problems.Add($"{cell.Label}: id {id} is used twice");
            if (cell.Kind == CellKind.Code)
                CheckCodeCell(cell, problems);
        }
        return problems.Select(p => $"{notebook.Name}: {p}").ToList();
    }

    /// <summary>Removes outputs and execution counts; returns true when anything was removed.</summary>
    public static bool Clean(NotebookDocument notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var before = notebook.ToJson();
        foreach (var cell in notebook.Cells)
            LearnerGenerator.ClearOutputs(cell);
        return notebook.ToJson() != before;
    }

    private static void CheckNotebookMetadata(NotebookDocument notebook, List<string> problems)
    {
        if (notebook.Root["nbformat_minor"] is not JsonValue minor || !minor.TryGetValue(out int m) || m < 5)
            problems.Add("nbformat_minor must be 5 (cell ids)");
        var metadata = notebook.Root["metadata"];
        if (!JsonNode.DeepEquals(metadata?["kernelspec"], KernelSpec) && !SameMembers(metadata?["kernelspec"], KernelSpec))
            problems.Add("metadata.kernelspec must be {name: .net-csharp, display_name: .NET (C#), language: C#}");
        if (Text(metadata?["language_info"]?["name"]) != "polyglot-notebook")
            problems.Add("metadata.language_info.name must be polyglot-notebook");
        var kernelInfo = metadata?["polyglot_notebook"]?["kernelInfo"];
        if (Text(kernelInfo?["defaultKernelName"]) != "csharp" || !HasCSharpItem(kernelInfo?["items"]))
            problems.Add("metadata.polyglot_notebook.kernelInfo must name csharp (C#) as the default kernel");
    }

    private static void CheckCodeCell(NotebookCell cell, List<string> problems)
    {
        if (cell.Json["outputs"] is JsonArray { Count: > 0 })
            problems.Add($"{cell.Label} has outputs (commit notebooks without outputs)");
        if (cell.Json["execution_count"] is not null)
            problems.Add($"{cell.Label} has an execution count (commit notebooks without outputs)");
        if (Text(cell.Json["metadata"]?["polyglot_notebook"]?["kernelName"]) != "csharp")
            problems.Add($"{cell.Label}: metadata.polyglot_notebook.kernelName must be csharp");
        if (Text(cell.Json["metadata"]?["vscode"]?["languageId"]) != "polyglot-notebook")
            problems.Add($"{cell.Label}: metadata.vscode.languageId must be polyglot-notebook");
    }

    private static bool HasCSharpItem(JsonNode? items) =>
        items is JsonArray array && array.Any(i =>
            Text(i?["name"]) == "csharp" && Text(i?["languageName"]) == "C#" && i?["aliases"] is JsonArray);

    // Key order does not matter for metadata equality; the members and their values do.
    private static bool SameMembers(JsonNode? actual, JsonObject expected) =>
        actual is JsonObject obj && obj.Count == expected.Count &&
        expected.All(kv => JsonNode.DeepEquals(obj[kv.Key], kv.Value));

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
