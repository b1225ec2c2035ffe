using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Tests;

public sealed class ExerciseReaderTests
{
    private static CellRun Cell(int index, params string[] html) =>
        new(index, null, CellStatus.Succeeded,
            html.Select(h => new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = h })).ToList(),
            TimeSpan.Zero);

    [Fact]
    public void Exercises_StatusAttributesInAnyOrder_AreRead()
    {
        var cells = new[]
        {
            Cell(0, "<div class=\"check\" data-exercise=\"1.2.40.1\" data-status=\"correct\">ok</div>"),
            Cell(1, "<section data-status='not-attempted' data-exercise='1.2.40.2'><b>x</b></section>"),
        };

        var exercises = ExerciseReader.Exercises(cells);

        Assert.Equal([new ExerciseStatus("1.2.40.1", "correct", 0), new ExerciseStatus("1.2.40.2", "not-attempted", 1)], exercises);
    }

    [Fact]
    public void Exercises_ReportedTwice_LastReportWinsAndFirstOrderKept()
    {
        var cells = new[]
        {
            Cell(0, "<div data-exercise=\"a\" data-status=\"wrong\"></div>", "<div data-exercise=\"b\" data-status=\"correct\"></div>"),
            Cell(3, "<div data-exercise=\"a\" data-status=\"correct\"></div>"),
        };

        var exercises = ExerciseReader.Exercises(cells);

        Assert.Equal(["a", "b"], exercises.Select(e => e.Exercise));
        Assert.Equal(new ExerciseStatus("a", "correct", 3), exercises[0]);
    }

    [Fact]
    public void QuizScore_IsTheLastReportedScore()
    {
        var cells = new[] { Cell(0, "<p data-quiz-score=\"1/4\"></p>"), Cell(1, "<p data-quiz-score=\"4/4\">4 of 4</p>") };

        Assert.Equal("4/4", ExerciseReader.QuizScore(cells));
    }

    [Fact]
    public void QuizScore_NoneReported_IsNull() =>
        Assert.Null(ExerciseReader.QuizScore([Cell(0, "<p>no quiz</p>")]));
}
