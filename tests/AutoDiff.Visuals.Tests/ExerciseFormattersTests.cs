using AutoDiff.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Visuals.Tests;

// Formatters are process-wide: run with the other formatter tests, never in parallel with them.
[Collection("Formatter state")]
public class ExerciseFormattersTests
{
    [Fact]
    public void Register_CheckResultFormatsAsItsHtml()
    {
        ExerciseFormatters.Register();
        var result = CheckResult.Pass("1.2.40.4", "ok");

        Assert.Equal(result.ToHtml(), result.ToDisplayString("text/html"));
    }

    [Fact]
    public void Register_QuizScoreFormatsWithScoreAttribute()
    {
        ExerciseFormatters.Register();

        Assert.Contains("data-quiz-score=\"3/4\"", new QuizScore(3, 4, 4).ToDisplayString("text/html"), StringComparison.Ordinal);
    }
}
