using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lesson.Notebooks.Model;

/// <summary>
/// A Jupyter notebook (nbformat 4) held as its JSON tree. Reading is tolerant (missing metadata,
/// source as a string or a list of lines); it is strict about what would make a run meaningless
/// (not JSON, not nbformat 4, no cell list, a cell without a type). Writing keeps every key in the
/// order it was read.
/// </summary>
public sealed class NotebookDocument
{
    private NotebookDocument(JsonObject root, string name)
    {
        Root = root;
        Name = name;
        Cells = ReadCells(root, name);
    }

    /// <summary>The whole notebook as JSON.</summary>
    public JsonObject Root { get; }

    /// <summary>The notebook's name: its file name without ".ipynb".</summary>
    public string Name { get; }

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The notebook-level metadata object (created empty when missing).</summary>
    public JsonObject Metadata
    {
        get
        {
            if (Root["metadata"] is JsonObject metadata)
                return metadata;
            var created = new JsonObject();
            Root["metadata"] = created;
            return created;
        }
    }

    /// <summary>Reads a notebook file; a missing or unreadable file fails with a message naming it.</summary>
    public static NotebookDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new NotebookFormatException($"Notebook not found: {path}");
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported like a corrupt notebook, so a run goes on with the other notebooks.
            throw new NotebookFormatException($"{path}: cannot be read ({e.Message})", e);
        }
        return Parse(json, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses notebook JSON; <paramref name="name"/> is used in error messages.</summary>
    public static NotebookDocument Parse(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(
                $"{name}: not valid notebook JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
        if (node is not JsonObject root)
            throw new NotebookFormatException($"{name}: a notebook must be a JSON object.");
        CheckFormatVersion(root, name);
        return new NotebookDocument(root, name);
    }

    /// <summary>A deep copy: changes to the copy never touch this notebook.</summary>
    public NotebookDocument Clone() => new((JsonObject)Root.DeepClone(), Name);

    /// <summary>The notebook as JSON text, formatted as Jupyter and VS Code write it.</summary>
    public string ToJson() => JupyterJsonWriter.Write(Root);

    /// <summary>Writes the notebook to <paramref name="path"/> (folders are created).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        File.WriteAllText(path, ToJson());
    }

    private static void CheckFormatVersion(JsonObject root, string name)
    {
        var major = root["nbformat"] is JsonValue v && v.TryGetValue(out int n) ? n : (int?)null;
        if (major != 4)
            throw new NotebookFormatException(
                $"{name}: nbformat is {major?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}; " +
                "only nbformat 4 notebooks are supported (save it again from Jupyter or VS Code).");
    }

    private static List<NotebookCell> ReadCells(JsonObject root, string name)
    {
        if (root["cells"] is not JsonArray cells)
            throw new NotebookFormatException($"{name}: the notebook has no \"cells\" list.");
        var result = new List<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell)
                throw new NotebookFormatException($"{name}: cell {i + 1} is not a JSON object.");
            try
            {
                result.Add(new NotebookCell(cell, i));
            }
            catch (NotebookFormatException e)
            {
                throw new NotebookFormatException($"{name}: {e.Message}", e);
            }
        }
        return result;
    }
}
