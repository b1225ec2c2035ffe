using Lesson.Notebooks.Execution;
using LessonExercises;
using Spectre.Console;

namespace Lesson.Runner.Tests;

/// <summary>
/// The runner's final table rendered as text, as a terminal of 80 or 120 columns shows it: it fits,
/// names stay whole, and the failure lines under it follow the learner/solution failure policy.
/// </summary>
public sealed class ResultTableTests
{
    private const string LongName = "04-mini-project-graph-sketch";

    private static CellRun Cell(int index, CellStatus status, string? message = null, params string[] html) =>
        new(index, $"c{index}", status,
            html.Select(h => new CellOutput(OutputKind.Display, new Dictionary<string, string> { [LessonExercises.ExerciseReport.MimeType] = h })).ToList(),
            TimeSpan.FromSeconds(1), index + 1, message);

    private static NotebookRun[] Runs() =>
    [
        new("/x/" + LongName + ".ipynb", LongName,
        [
            Cell(0, CellStatus.Succeeded, null, "{\"exercise\":\"mini-project\",\"status\":\"correct\",\"attempt\":1,\"message\":\"ok\"}"),
            Cell(1, CellStatus.Failed, "System.NotImplementedException: not yet written\n   at Stub()"),
        ], TimeSpan.FromSeconds(12.34)),
        NotebookRun.NotLoaded("/x/corrupt.ipynb", "corrupt: not valid notebook JSON (line 2)"),
    ];

    private static string[] Render(int width, bool learner) =>
        Text(Runs(), learner, colours: false, width).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    // The cells of the table row that starts with the notebook's name.
    private static string[] Row(string[] lines, string name) =>
        lines.Single(l => l.StartsWith($"│ {name} ", StringComparison.Ordinal))
            .Split('│', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Write_AtTerminalWidth_EveryLineFitsAndNamesStayWhole(int width)
    {
        var lines = Render(width, learner: false);

        Assert.True(lines.All(l => l.Length <= width), string.Join("\n", lines));
        Assert.Equal(LongName, Row(lines, LongName)[0]);
    }

    [Fact]
    public void Write_SolutionRun_CountsAStubFailureAndListsItByNotebookAndCell()
    {
        var lines = Render(120, learner: false);

        Assert.Equal([LongName, "2", "1", "12.3 s", "mini-project correct"], Row(lines, LongName));
        Assert.Contains($"notebook {LongName}, cell 2 (id c1): System.NotImplementedException: not yet written", lines);
    }

    [Fact]
    public void Write_LearnerRun_AStubIsNotAFailure()
    {
        var lines = Render(120, learner: true);

        Assert.Equal([LongName, "2", "0", "12.3 s", "mini-project correct"], Row(lines, LongName));
        Assert.DoesNotContain(lines, l => l.Contains("NotImplementedException", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_NotebookThatCouldNotBeRead_ShowsNotRunAndItsError()
    {
        var lines = Render(120, learner: false);

        Assert.Equal(["corrupt", "0", "not run", "-", "-"], Row(lines, "corrupt"));
        Assert.Contains("corrupt: not valid notebook JSON (line 2)", lines);
    }

    [Fact]
    public void Write_LearnerRun_ShowsEachStatusInTheWordsOfTheChecks()
    {
        var run = new NotebookRun("/x/01-starter.ipynb", "01-starter",
        [
            Cell(0, CellStatus.Succeeded, null, Report("1.2.40.1.choice", ExerciseState.Correct)),
            Cell(1, CellStatus.Succeeded, null, Report("1.2.40.2", ExerciseState.Wrong)),
            Cell(2, CellStatus.Succeeded, null, Report("1.2.40.3", ExerciseState.NotAttempted)),
        ], TimeSpan.FromSeconds(1));
        string table = Text([run], learner: true, colours: false, width: 120);
        foreach (var (id, state) in new[] { ("1.2.40.1.choice", ExerciseState.Correct), ("1.2.40.2", ExerciseState.Wrong), ("1.2.40.3", ExerciseState.NotAttempted) })
            Assert.Contains($"{id} {state.Words()}", table, StringComparison.Ordinal);
        Assert.Contains("1.2.40.2 not yet right", table, StringComparison.Ordinal);
        Assert.Contains("1.2.40.3 not attempted yet", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SelfCheckedPart_HasItsOwnWordsAndColour_NeverCorrectsGreen()
    {
        var run = new NotebookRun("/x/01-starter.ipynb", "01-starter",
        [
            Cell(0, CellStatus.Succeeded, null, Report("1.2.40.1.choice", ExerciseState.Correct)),
            Cell(1, CellStatus.Succeeded, null, Report("1.2.40.1.keypoints", ExerciseState.SelfChecked)),
        ], TimeSpan.FromSeconds(1));
        string table = Text([run], learner: false, colours: true, width: 200);
        string ColourOf(string text) => System.Text.RegularExpressions.Regex.Match(table, "\u001b\\[(\\d+)m" + System.Text.RegularExpressions.Regex.Escape(text)).Groups[1].Value;
        Assert.Equal("94", ColourOf("1.2.40.1.keypoints self-checked (not graded)")); // blue
        Assert.Equal("32", ColourOf("1.2.40.1.choice correct")); // green
    }

    private static string Report(string id, ExerciseState state) => new ExerciseReport(id, state, 1, "m").ToJson();

    // The result table as a console of the given width shows it, with or without ANSI colours.
    private static string Text(IReadOnlyList<NotebookRun> runs, bool learner, bool colours, int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colours ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        ResultTable.Write(console, runs, learner);
        return writer.ToString();
    }
}
