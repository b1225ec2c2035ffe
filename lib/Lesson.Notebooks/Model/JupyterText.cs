using System.Text;
using System.Text.Json.Nodes;

namespace Lesson.Notebooks.Model;

/// <summary>
/// Jupyter's "multiline string": either one string or a list of lines, each but the last ending
/// in a newline.
/// </summary>
public static class JupyterText
{
    /// <summary>Joins a multiline string (string, array of strings, or missing) into one string.</summary>
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => Join(lines),
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => node.ToJsonString(),
    };

    /// <summary>
    /// Writes <paramref name="text"/> as a list of lines (Jupyter's usual form) or as one string.
    /// </summary>
    public static JsonNode Write(string text, bool asLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!asLines)
            return JsonValue.Create(text);
        var array = new JsonArray();
        foreach (var line in SplitLines(text))
            array.Add(line);
        return array;
    }

    /// <summary>Splits text into lines that keep their trailing "\n" (the last line may lack it).</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
                continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    private static string Join(JsonArray lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
            builder.Append(Read(line));
        return builder.ToString();
    }
}
