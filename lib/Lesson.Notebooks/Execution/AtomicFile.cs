namespace Lesson.Notebooks.Execution;

/// <summary>
/// Writes a file so that a reader sees either the old or the new content, never half of it: the
/// text goes to a temporary file of its own next to the target (unique, so that two writers never
/// share one), which then replaces the target. A failed write removes its temporary file.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
