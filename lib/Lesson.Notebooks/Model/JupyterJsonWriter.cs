using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lesson.Notebooks.Model;

/// <summary>
/// Writes JSON the way Jupyter (Python's <c>json.dumps(indent=1, ensure_ascii=False)</c>) and VS Code
/// write notebooks: one-space indent, ", " / ": " separators, keys in their existing order, non-ASCII
/// characters kept as they are, a trailing newline. Byte-identical output keeps diffs of committed
/// notebooks empty and stops VS Code from marking a notebook dirty.
/// </summary>
public static class JupyterJsonWriter
{
    /// <summary>Serializes <paramref name="node"/> followed by a newline.</summary>
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, 0);
        builder.Append('\n');
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, depth);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(builder, value.GetValue<string>());
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }
        builder.Append('{');
        var first = true;
        foreach (var (key, value) in obj)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            Indent(builder, depth + 1);
            WriteString(builder, key);
            builder.Append(": ");
            WriteNode(builder, value, depth + 1);
        }
        builder.Append('\n');
        Indent(builder, depth);
        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            builder.Append("[]");
            return;
        }
        builder.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n");
            Indent(builder, depth + 1);
            WriteNode(builder, array[i], depth + 1);
        }
        builder.Append('\n');
        Indent(builder, depth);
        builder.Append(']');
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth);

    // Python escapes only the quote, the backslash and control characters when ensure_ascii=False.
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }
        builder.Append('"');
    }
}
