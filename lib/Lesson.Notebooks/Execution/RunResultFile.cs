using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// A <see cref="NotebookRun"/> as a JSON file: how a child process hands its results back to the
/// lesson runner. Written after every cell (to a temporary file, then moved), so a process that is
/// killed mid-cell leaves every finished cell on disk.
/// </summary>
public static class RunResultFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, NotebookRun run)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(run, Options));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a run written by <see cref="Write"/>, or null when there is none yet.</summary>
    public static NotebookRun? Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<NotebookRun>(File.ReadAllText(path), Options)
            : null;
    }
}
