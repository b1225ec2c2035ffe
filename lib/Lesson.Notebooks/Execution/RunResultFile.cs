using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// A <see cref="NotebookRun"/> as JSON: the <c>name.run.json</c> file a published lesson keeps per
/// notebook (written atomically), and each finished cell as the <c>run-one</c> child reports it.
/// </summary>
public static class RunResultFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly JsonSerializerOptions OneLine = new(Options) { WriteIndented = false };

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, NotebookRun run) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(run, Options));

    /// <summary>
    /// Reads a run written by <see cref="Write"/>, or null when there is none. A file that is not a
    /// run result throws <see cref="InvalidDataException"/> naming the file and what is wrong.
    /// </summary>
    public static NotebookRun? Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            return null;
        NotebookRun? run;
        try
        {
            run = JsonSerializer.Deserialize<NotebookRun>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw Invalid(path, $"it is not valid run JSON ({e.Message})");
        }
        if (run is null || run.Cells is null || string.IsNullOrEmpty(run.Name) || run.Path is null)
            throw Invalid(path, "it has no \"Name\", \"Path\" or \"Cells\"");
        return run;
    }

    /// <summary>One finished cell as a single line of JSON.</summary>
    public static string CellToJson(CellRun cell) => JsonSerializer.Serialize(cell, OneLine);

    /// <summary>A cell written by <see cref="CellToJson"/>, or null when the text is not one.</summary>
    public static CellRun? CellFromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CellRun>(json, OneLine) is { Outputs: not null } cell ? cell : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static InvalidDataException Invalid(string path, string problem) =>
        new($"{path} is not a lesson run result: {problem}. Delete it, or choose another folder with --output DIR.");
}
