using System.Text.Json;

namespace AutoDiff.Interactive.Tests;

/// <summary>The solution notebooks carry everything the lesson text asks for, and their solution
/// regions are shaped so the generated learner notebooks run top to bottom.</summary>
public class ExerciseCoverageTests
{
    private static readonly string Solutions = Path.Combine(RepositoryFolders.Root, "solutions");

    public static TheoryData<string> LessonItems => new()
    {
        "Exercise 1.2.40.1", "Exercise 1.2.40.2", "Exercise 1.2.40.3", "Exercise 1.2.40.4", "Exercise 1.2.40.5",
        "Exercise 1.2.40.6", "Exercise 1.2.40.7", "Exercise 1.2.40.8", "Exercise 1.2.40.9",
        "Draw a computation graph for f(x, y) = x²y + sin(x)",
        "Autodiff uses chain rule.", "Autodiff is the same as numeric differentiation.",
        "Reverse mode is efficient for scalar outputs.", "Backprop is reverse-mode autodiff.",
        "Why is autodiff important for ML?", "What is stored in a computation graph?", "How does reverse mode scale with parameters?",
        "Explain autodiff on a small function in words",
        "Autodiff computes exact gradients", "Reverse mode powers backprop", "Computation graphs organize derivatives", "Autodiff beats numeric gradients for ML",
        "https://www.deeplearning.ai", "https://www.khanacademy.org/math/multivariable-calculus", "https://pytorch.org/tutorials",
        "Lesson 1.2.41", "Draw a computation graph for another function", "Review chain rule connections",
        "Explain automatic differentiation", "Describe computation graphs", "Compare autodiff to numerical differentiation", "Connect autodiff to backprop",
    };

    [Theory]
    [MemberData(nameof(LessonItems))]
    public void Solutions_ContainEveryItemOfTheLesson(string item)
    {
        var all = string.Concat(Directory.GetFiles(Solutions, "*.ipynb").Order().SelectMany(Cells).Select(c => c.Source));

        Assert.Contains(item, all, StringComparison.Ordinal);
    }

    public static TheoryData<string> CatalogueIds => new(ExerciseCatalogue.All.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void EveryCatalogueExercise_IsInItsNotebookUnderItsTitle(string id)
    {
        var exercise = ExerciseCatalogue.Get(id);
        var text = string.Concat(Cells(Path.Combine(Solutions, exercise.Notebook + ".ipynb")).Select(c => c.Source));

        string item = exercise.Item;
        string heading = exercise.Kind == ExerciseKind.Quiz ? $"**{item[5..]}. {exercise.Title}**"
            : item.StartsWith("quiz.", StringComparison.Ordinal) ? $"### {item[5..]}. {exercise.Title}"
            : char.IsDigit(item[0]) ? $"## Exercise {item} — {exercise.Title}"
            : exercise.Title;
        Assert.Contains(heading, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void EveryCatalogueExercise_IsReportedByACheckCellOfItsNotebook(string id)
    {
        var exercise = ExerciseCatalogue.Get(id);
        var code = string.Concat(Cells(Path.Combine(Solutions, exercise.Notebook + ".ipynb")).Where(c => c.Kind == "code").Select(c => c.Source));

        Assert.Contains(ReportingCall(id), code, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryIdACheckCanReport_IsInTheCatalogue()
    {
        var reported = CheckMethodIds().Keys
            .Concat(LessonConcepts.Ids).Concat(LessonConcepts.Predictions.Keys).Concat(LessonConcepts.Choices.Keys)
            .Concat(LessonConcepts.Orderings.Keys).Concat(LessonConcepts.Kinks.Keys).Concat(LessonConcepts.KeyPointLists.Keys)
            .Concat(Enumerable.Range(1, Quiz.Count).Select(n => new Quiz().Answer(n, null).ExerciseId));

        Assert.All(reported, id => Assert.NotNull(ExerciseCatalogue.Find(id)));
    }

    [Fact]
    public void Catalogue_ListsNotebooksInLessonOrder() =>
        Assert.Equal(
            Directory.GetFiles(Solutions, "*.ipynb").Select(p => Path.GetFileNameWithoutExtension(p)).Where(n => !n.StartsWith("00-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList(),
            ExerciseCatalogue.Notebooks);

    // The text of the cell that reports an exercise: a Check method's call, the concept id, or the quiz item.
    private static string ReportingCall(string id) =>
        CheckMethodIds().TryGetValue(id, out var method) ? $"Check.{method}("
        : ExerciseCatalogue.Get(id).Kind == ExerciseKind.Quiz ? $"quiz.Answer({id[5..]},"
        : $"(\"{id}\"";

    // Every public check, called as a cell that has not run the cells above (null answers): the id it reports.
    private static Dictionary<string, string> CheckMethodIds() =>
        typeof(Check).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(CheckResult))
            .ToDictionary(m => ((CheckResult)m.Invoke(null, m.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray())!).ExerciseId, m => m.Name);

    [Fact]
    public void Catalogue_AllHoldsEveryNamedEntryOnce()
    {
        var named = typeof(ExerciseCatalogue).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ExerciseInfo)).Select(p => (ExerciseInfo)p.GetValue(null)!)
            .Concat(ExerciseCatalogue.QuizItems).ToList();

        Assert.Equal(named.Count, ExerciseCatalogue.All.Count);
        Assert.Equal(named.Select(e => e.Id).Order(StringComparer.Ordinal), ExerciseCatalogue.All.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalogue_AllIsInTheOrderOfTheCheckCells()
    {
        foreach (string notebook in ExerciseCatalogue.Notebooks)
        {
            var code = string.Concat(Cells(Path.Combine(Solutions, notebook + ".ipynb")).Where(c => c.Kind == "code").Select(c => c.Source));
            var entries = ExerciseCatalogue.All.Where(e => e.Notebook == notebook).ToList();
            var positions = entries.Select(e => code.IndexOf(ReportingCall(e.Id), StringComparison.Ordinal)).ToList();
            for (int i = 1; i < entries.Count; i++)
                Assert.True(positions[i] > positions[i - 1], $"{notebook}: {entries[i].Id} is listed after {entries[i - 1].Id} but its check cell comes first");
        }
    }

    [Fact]
    public void Catalogue_IdsAreUnique() =>
        Assert.Equal(ExerciseCatalogue.All.Count, ExerciseCatalogue.All.Select(e => e.Id).Distinct().Count());

    [Fact]
    public void EveryWrittenExercise_HasAnAnswerCellAndAModelAnswer()
    {
        var cells = Directory.GetFiles(Solutions, "*.ipynb").Order().SelectMany(Cells).ToList();
        for (int n = 1; n <= 9; n++)
        {
            // A markdown answer, or for a self-assessed part a written answer the key-point check reads.
            int answer = cells.FindIndex(c => c.Source.Contains($"**Your answer (1.2.40.{n}):**", StringComparison.Ordinal)
                || c.Source.StartsWith($"// Your answer (1.2.40.{n})", StringComparison.Ordinal));
            Assert.True(answer >= 0, $"no answer cell for 1.2.40.{n}");
            Assert.Contains(cells[answer].Kind == "code" ? "// BEGIN WRITTEN ANSWER" : "<!-- BEGIN SOLUTION -->", cells[answer].Source, StringComparison.Ordinal);
            // Checked parts (key points) may sit between the answer and its model answer, never a new exercise.
            int model = cells.FindIndex(answer + 1, c => c.Source.StartsWith("<details><summary>Model answer</summary>", StringComparison.Ordinal));
            Assert.True(model > answer, $"no model answer after 1.2.40.{n}");
            Assert.DoesNotContain(cells.Skip(answer + 1).Take(model - answer - 1), c => c.Source.StartsWith('#'));
        }
    }

    [Fact]
    public void EverySelfAssessedPart_PassesAWrittenAnswerDefinedInTheCellAbove()
    {
        var cells = Directory.GetFiles(Solutions, "*.ipynb").Order().SelectMany(Cells).ToList();
        var selfAssessed = ExerciseCatalogue.All.Where(e => e.IsSelfAssessed).ToList();
        Assert.Equal(9, selfAssessed.Count);
        foreach (var part in selfAssessed)
        {
            int check = cells.FindIndex(c => c.Kind == "code" && c.Source.Contains($"concepts.KeyPoints(\"{part.Id}\", ", StringComparison.Ordinal));
            Assert.True(check >= 0, $"no check cell for {part.Id}");
            var call = System.Text.RegularExpressions.Regex.Match(cells[check].Source, $@"concepts\.KeyPoints\(""{part.Id.Replace(".", "\\.", StringComparison.Ordinal)}"", (\w+), (\w+)\)");
            Assert.True(call.Success, $"{part.Id}: the check passes no written answer: {cells[check].Source}");
            int written = cells.FindLastIndex(check, c => c.Source.Contains($"string {call.Groups[1].Value}()", StringComparison.Ordinal));
            Assert.True(written >= 0, $"{part.Id}: {call.Groups[1].Value} is not defined above its check");
            Assert.Contains("// BEGIN WRITTEN ANSWER", cells[written].Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StartHere_SaysWhatStillEndsTheKernel_AndHowToRecover()
    {
        string text = string.Concat(Cells(Path.Combine(Solutions, "00-start-here.ipynb")).Where(c => c.Kind == "markdown").Select(c => c.Source));

        // The tape stops a recursion that records operations (TapeStackTests, and EngineTests in the
        // kernel); one on plain doubles still ends the kernel, and the text must say so and how to recover.
        string flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("When the recursion computes with `Value` (every call records operations on a tape), the library stops it first", flat, StringComparison.Ordinal);
        Assert.Contains(Attempt.EndlessRecursion, flat, StringComparison.Ordinal);
        Assert.Contains("on plain `double`s say, is not stopped: it still ends the kernel", flat, StringComparison.Ordinal);
        Assert.Contains("restart the kernel and run the cells from the top", flat, StringComparison.Ordinal);
        Assert.Contains("**self-checked**, never *correct*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCodeSolutionRegion_SitsInsideABody()
    {
        foreach (var (name, cell) in Directory.GetFiles(Solutions, "*.ipynb").SelectMany(p => Cells(p).Select(c => (Path.GetFileName(p), c))))
        {
            if (cell.Kind != "code") continue;
            foreach (var line in cell.Source.Split('\n').Where(l => l.Contains("// BEGIN SOLUTION", StringComparison.Ordinal)))
                Assert.True(line.StartsWith("    ", StringComparison.Ordinal), $"{name}: a solution region at top level runs in the learner notebook and throws: {line}");
        }
    }

    [Fact]
    public void EveryNotebook_StartsWithTheBuildCheckThenTheSetupCell()
    {
        foreach (var path in Directory.GetFiles(Solutions, "*.ipynb"))
        {
            var code = Cells(path).Where(c => c.Kind == "code").ToList();
            Assert.Contains("dotnet build", code[0].Source, StringComparison.Ordinal);
            Assert.StartsWith("#r \"../artifacts/bin/AutoDiff.Interactive/debug/", code[1].Source, StringComparison.Ordinal);
            Assert.Contains("AutoDiff.Interactive.Lesson.Setup();", code[1].Source, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Kind, string Source)> Cells(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            string kind = cell.GetProperty("cell_type").GetString()!;
            var source = cell.GetProperty("source");
            string text = source.ValueKind == JsonValueKind.Array
                ? string.Concat(source.EnumerateArray().Select(s => s.GetString()))
                : source.GetString()!;
            yield return (kind, text);
        }
    }
}
