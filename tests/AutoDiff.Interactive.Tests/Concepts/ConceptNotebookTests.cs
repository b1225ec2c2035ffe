using System.Text.Json;

namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>Every conceptual check sits in a solution notebook before its item's model answer, and
/// the options and steps the notebook shows are the ones the check grades.</summary>
public class ConceptNotebookTests
{
    private static readonly List<(string Notebook, string Kind, string Source)> Cells = Directory
        .GetFiles(Path.Combine(RepositoryFolders.Root, "solutions"), "*.ipynb").Order(StringComparer.Ordinal)
        .SelectMany(path => Read(path).Select(c => (Path.GetFileName(path), c.Kind, c.Source))).ToList();

    public static TheoryData<string> Ids => new(LessonConcepts.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Check_HasOneCellAndComesBeforeTheModelAnswer(string id)
    {
        var checks = Cells.Select((c, i) => (c, i)).Where(x => x.c.Kind == "code" && x.c.Source.Contains($"(\"{id}\",", StringComparison.Ordinal)).ToList();

        var check = Assert.Single(checks);
        Assert.Contains("// BEGIN SOLUTION", check.c.Source, StringComparison.Ordinal);
        int model = Cells.FindIndex(check.i + 1, c => c.Source.StartsWith("<details><summary>Model answer</summary>", StringComparison.Ordinal));
        Assert.True(model > check.i, $"{id}: no model answer after the check");
        Assert.Equal(check.c.Notebook, Cells[model].Notebook);
        Assert.DoesNotContain(Cells.Skip(check.i + 1).Take(model - check.i - 1), c => c.Source.StartsWith('#'));
    }

    [Fact]
    public void EveryChoiceOption_IsShownInTheNotebook()
    {
        foreach (var choice in LessonConcepts.Choices.Values)
        {
            var question = Assert.Single(Cells, c => c.Kind == "markdown" && c.Source.Contains($"({choice.Id})", StringComparison.Ordinal));
            Assert.All(choice.Options, o => Assert.Contains($"- **{o.Letter}** {o.Text}", question.Source, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryOrderingStep_IsShownInTheNotebook()
    {
        var ordering = LessonConcepts.Orderings["challenge.explain.order"];
        var question = Assert.Single(Cells, c => c.Kind == "markdown" && c.Source.Contains($"({ordering.Id})", StringComparison.Ordinal));

        Assert.All(ordering.Steps, s => Assert.Contains($"- **{s.Letter}** {s.Text}", question.Source, StringComparison.Ordinal));
    }

    private static List<(string Kind, string Source)> Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("cell_type").GetString()!, string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString()))))
            .ToList();
    }
}
