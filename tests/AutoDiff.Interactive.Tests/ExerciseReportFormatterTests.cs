using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive.Tests;

// Formatters are process-wide: run with the other formatter tests, never in parallel with them.
[Collection("Formatter state")]
public class ExerciseReportFormatterTests
{
    [Fact]
    public void RegisterAll_CheckResultDisplaysHtmlAndItsJsonDocument()
    {
        Formatters.RegisterAll();
        var result = CheckResult.Fail("1.2.40.4", "expected 12, got 4", "the path through sin x is missing") with { Attempt = 3 };

        Assert.Equal(result.ToHtml(), result.ToDisplayString("text/html"));
        Assert.Equal(new ExerciseReport("1.2.40.4", ExerciseState.Wrong, 3, "expected 12, got 4", "the path through sin x is missing"),
            ExerciseReport.FromJson(result.ToDisplayString(ExerciseReport.MimeType)));
        Assert.Equal(["text/html", ExerciseReport.MimeType], Formatter.GetPreferredMimeTypesFor(typeof(CheckResult)));
    }

    [Fact]
    public void RegisterAll_QuizScoreDisplaysHtmlAndItsJsonDocument()
    {
        Formatters.RegisterAll();
        var score = new QuizScore(3, 4, 4);

        Assert.Contains("Quiz score: 3/4", score.ToDisplayString("text/html"), StringComparison.Ordinal);
        Assert.Equal(new QuizScoreReport(3, 4, 4), QuizScoreReport.FromJson(score.ToDisplayString(QuizScoreReport.MimeType)));
    }

    [Theory]
    [InlineData(ExerciseState.Correct, "correct")]
    [InlineData(ExerciseState.NotAttempted, "not-attempted")]
    [InlineData(ExerciseState.Wrong, "wrong")]
    [InlineData(ExerciseState.SelfChecked, "self-checked")]
    public void Report_JsonCarriesTheStatusKeyAndRoundTrips(ExerciseState state, string key)
    {
        var report = new ExerciseReport("mini-project", state, 2, "message with \"quotes\" and ∂f/∂x", null);

        Assert.Contains($"\"status\":\"{key}\"", report.ToJson(), StringComparison.Ordinal);
        Assert.Equal(report, ExerciseReport.FromJson(report.ToJson()));
    }
}
