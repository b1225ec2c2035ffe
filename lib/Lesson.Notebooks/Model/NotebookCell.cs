using System.Text.Json.Nodes;

namespace Lesson.Notebooks.Model;

/// <summary>
/// One cell of a notebook, a thin view over its JSON object so that everything this package does not
/// touch (ids, metadata, unknown keys) is written back exactly as it was read.
/// </summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json, int index)
    {
        Json = json;
        Index = index;
        Kind = ParseKind(json, index);
        if (json["id"] is { } id && (id is not JsonValue value || !value.TryGetValue<string>(out _)))
            throw new NotebookFormatException(
                $"cell {index + 1} has \"id\": {id.ToJsonString()}; a cell id must be a string (for example \"id\": \"c{index}\").");
    }

    /// <summary>The cell's JSON object (read and written in place).</summary>
    public JsonObject Json { get; }

    /// <summary>Zero-based position of the cell in the notebook.</summary>
    public int Index { get; }

    /// <summary>Code, markdown or raw.</summary>
    public CellKind Kind { get; }

    /// <summary>The nbformat 4.5 cell id, or null when the notebook predates cell ids.</summary>
    public string? Id => Json["id"]?.GetValue<string>();

    /// <summary>The cell's metadata object (an empty one is created when missing).</summary>
    public JsonObject Metadata => GetOrAddObject("metadata");

    /// <summary>
    /// The kernel the cell is meant for (<c>metadata.polyglot_notebook.kernelName</c>), or null.
    /// </summary>
    public string? KernelName =>
        Json["metadata"]?["polyglot_notebook"]?["kernelName"] is JsonValue v && v.TryGetValue(out string? name)
            ? name
            : null;

    /// <summary>
    /// The cell's text. Jupyter stores it either as one string or as a list of lines; reading joins
    /// the lines, writing keeps whichever form the file used.
    /// </summary>
    public string Source
    {
        get => JupyterText.Read(Json["source"]);
        set => Json["source"] = JupyterText.Write(value, asLines: Json["source"] is not JsonValue);
    }

    /// <summary>The 1-based label used in messages: "cell 3 (id abc)".</summary>
    public string Label => Id is { Length: > 0 } id
        ? $"cell {Index + 1} (id {id})"
        : $"cell {Index + 1}";

    private JsonObject GetOrAddObject(string key)
    {
        if (Json[key] is JsonObject existing)
            return existing;
        var created = new JsonObject();
        Json[key] = created;
        return created;
    }

    private static CellKind ParseKind(JsonObject json, int index) =>
        (json["cell_type"] as JsonValue)?.TryGetValue(out string? type) == true
            ? type switch
            {
                "code" => CellKind.Code,
                "markdown" => CellKind.Markdown,
                "raw" => CellKind.Raw,
                _ => throw new NotebookFormatException(
                    $"cell {index + 1} has cell_type \"{type}\"; expected code, markdown or raw."),
            }
            : throw new NotebookFormatException($"cell {index + 1} has no cell_type.");
}
