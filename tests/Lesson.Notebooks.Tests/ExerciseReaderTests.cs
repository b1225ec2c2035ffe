using LessonExercises;
using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Tests;

public sealed class ExerciseReaderTests
{
    private static CellRun Cell(int index, params (string Mime, string Value)[] outputs) =>
        new(index, null, CellStatus.Succeeded,
            outputs.Select(o => new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = "<div>feedback</div>", [o.Mime] = o.Value })).ToList(),
            TimeSpan.Zero);

    private static (string, string) Report(string id, ExerciseState state, int attempt = 1) =>
        (ExerciseReport.MimeType, new ExerciseReport(id, state, attempt, "message for " + id).ToJson());

    [Fact]
    public void Exercises_JsonDocuments_AreReadWithStatusAttemptAndMessage()
    {
        var cells = new[] { Cell(0, Report("1.2.40.2", ExerciseState.Correct)), Cell(1, Report("1.2.40.3", ExerciseState.NotAttempted, attempt: 2)) };

        var exercises = ExerciseReader.Exercises(cells);

        Assert.Equal(
            [new ExerciseStatus("1.2.40.2", "correct", 0, 1, "message for 1.2.40.2"), new ExerciseStatus("1.2.40.3", "not-attempted", 1, 2, "message for 1.2.40.3")],
            exercises);
        Assert.Equal(["correct", "not attempted yet"], exercises.Select(e => e.Words));
        Assert.Equal("Compare autodiff vs numeric gradients", exercises[1].Title);
    }

    [Fact]
    public void Exercises_ReportedTwice_LastReportWinsAndFirstOrderKept()
    {
        var cells = new[]
        {
            Cell(0, Report("a", ExerciseState.Wrong), Report("b", ExerciseState.Correct)),
            Cell(3, Report("a", ExerciseState.Correct, attempt: 2)),
        };

        var exercises = ExerciseReader.Exercises(cells);

        Assert.Equal(["a", "b"], exercises.Select(e => e.Exercise));
        Assert.Equal(new ExerciseStatus("a", "correct", 3, 2, "message for a"), exercises[0]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"exercise\":\"1.2.40.3\",\"status\":\"maybe\"}")]
    [InlineData("{\"status\":\"correct\"}")]
    public void Exercises_DamagedDocument_IsSkipped(string json) =>
        Assert.Empty(ExerciseReader.Exercises([Cell(0, (ExerciseReport.MimeType, json))]));

    [Fact]
    public void Exercises_HtmlWithDataAttributesOnly_IsNotRead() =>
        Assert.Empty(ExerciseReader.Exercises([Cell(0, ("text/html", "<div data-exercise=\"1.2.40.2\" data-status=\"correct\"></div>"))]));

    [Fact]
    public void QuizScore_IsTheLastReportedScore()
    {
        var cells = new[]
        {
            Cell(0, (QuizScoreReport.MimeType, new QuizScoreReport(1, 2, 4).ToJson())),
            Cell(1, (QuizScoreReport.MimeType, new QuizScoreReport(4, 4, 4).ToJson())),
        };

        Assert.Equal("4/4", ExerciseReader.QuizScore(cells));
        Assert.Equal(new QuizScoreReport(4, 4, 4), ExerciseReader.QuizScoreReport(cells));
    }

    [Fact]
    public void QuizScore_NoneReported_IsNull() =>
        Assert.Null(ExerciseReader.QuizScore([Cell(0, ("text/html", "<p>no quiz</p>"))]));
}
