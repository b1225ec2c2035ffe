using System.Text.Json;

namespace Lesson.FrontEnd.Tests;

/// <summary>The code cells of a notebook up to and including its <c>Lesson.Setup()</c> cell: what
/// every notebook runs first to load the lesson library.</summary>
internal static class SetupCells
{
    public static IReadOnlyList<string> Of(string notebookPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var cells = new List<string>();
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            var source = cell.GetProperty("source");
            string text = source.ValueKind == JsonValueKind.Array
                ? string.Concat(source.EnumerateArray().Select(l => l.GetString()))
                : source.GetString() ?? "";
            cells.Add(text);
            if (text.Contains("Lesson.Setup(", StringComparison.Ordinal)) return cells;
        }
        throw new InvalidOperationException($"{notebookPath} has no cell calling Lesson.Setup().");
    }
}
