using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Lesson.FrontEnd.Tests;

/// <summary>What offline charts cost: a notebook run and saved in Jupyter Notebook carries
/// plotly.js exactly once (the setup cell's output), and so weighs about 3.7 MB.</summary>
[Collection(NotebookFrontEndGroup.Name)]
[Trait("Category", "FrontEnd")]
public sealed partial class SavedNotebookTests(NotebookFrontEnd frontEnd, ITestOutputHelper output)
{
    [Fact]
    public async Task RunAllThenSave_NotebookHoldsPlotlyJsOnce_AndStaysUnder5MB()
    {
        const string notebook = "notebooks/00-start-here.ipynb";
        string file = frontEnd.ServedFile(notebook);
        await using var view = await frontEnd.OpenAsync(notebook);
        await view.RunAllAsync();

        await view.SaveAsync();
        string saved = await Wait.UntilAsync(() => Task.FromResult(Executed(file)), TimeSpan.FromMinutes(2), () => $"{file} saved with outputs");

        long size = new FileInfo(file).Length;
        output.WriteLine($"{notebook} run and saved in Jupyter Notebook: {size:N0} bytes");
        Assert.Equal(1, PlotlyHeader().Count(saved));
        Assert.InRange(size, 3_000_000, 5_000_000);
    }

    // The saved text once every code cell has an execution count, else null (not saved yet).
    private static string? Executed(string file)
    {
        try
        {
            string text = File.ReadAllText(file);
            using var document = JsonDocument.Parse(text);
            bool allRun = document.RootElement.GetProperty("cells").EnumerateArray()
                .Where(c => c.GetProperty("cell_type").GetString() == "code")
                .All(c => c.GetProperty("execution_count").ValueKind == JsonValueKind.Number);
            return allRun ? text : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // being written
        }
    }

    [GeneratedRegex(@"plotly\.js v\d+\.\d+\.\d+")]
    private static partial Regex PlotlyHeader();
}
