namespace Lesson.Notebooks.Apps;

/// <summary>The app's text as it is written, line by line, so that a <c>#line</c> directive can
/// name the line that follows it.</summary>
internal sealed class AppText
{
    private readonly List<string> lines = [];

    /// <summary>The number the next written line will have (1-based).</summary>
    public int NextLine => lines.Count + 1;

    /// <summary>Writes one or more lines (a text with newlines is split), each with <paramref name="indent"/>.</summary>
    public void Write(string text, string indent = "")
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            lines.Add(line.Length == 0 ? "" : indent + line);
    }

    /// <summary>Writes an empty line unless the last line is empty already (or there is none).</summary>
    public void BlankLine()
    {
        if (lines.Count > 0 && lines[^1].Length > 0) lines.Add("");
    }

    /// <summary>The whole file, one trailing newline.</summary>
    public override string ToString() => string.Join("\n", lines).TrimEnd('\n') + "\n";
}
