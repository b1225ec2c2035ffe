
namespace AutoDiff.Interactive.Tests;

public class CheckResultTests
{
    [Theory]
    [InlineData(ExerciseState.Correct, "correct")]
    [InlineData(ExerciseState.NotAttempted, "not attempted yet")]
    [InlineData(ExerciseState.Wrong, "not yet right")]
    public void ToHtml_NamesTheExerciseFromTheCatalogueAndTheStatusInWords(ExerciseState status, string words)
    {
        var html = new CheckResult("1.2.40.3", status, "message", "hint").ToHtml();

        Assert.StartsWith("<div class=\"exercise-check\"", html, StringComparison.Ordinal);
        Assert.Contains("Exercise 1.2.40.3: " + words + "</strong>", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EscapesMessageAndHint()
    {
        var html = CheckResult.Fail("1.2.40.2", "<script>alert(1)</script>", "a < b & c").ToHtml();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &lt; b &amp; c", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SaysStatusMessageAndHint()
    {
        var text = CheckResult.Fail("1.2.40.9", "expected 2, got 3", "multiply the edges").ToString();

        Assert.Contains("Exercise 1.2.40.9: not yet right. expected 2, got 3", text, StringComparison.Ordinal);
        Assert.Contains("Hint: multiply the edges", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_IncludesFigureWhenGiven()
    {
        var html = (CheckResult.Pass("homework", "ok") with { FigureHtml = "<svg id=\"g\"></svg>" }).ToHtml();

        Assert.Contains("<svg id=\"g\"></svg>", html, StringComparison.Ordinal);
    }
}
