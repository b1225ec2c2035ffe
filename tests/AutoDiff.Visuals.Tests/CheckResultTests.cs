using AutoDiff.Interactive;

namespace AutoDiff.Visuals.Tests;

public class CheckResultTests
{
    [Theory]
    [InlineData(CheckStatus.Correct, "correct")]
    [InlineData(CheckStatus.NotAttempted, "not-attempted")]
    [InlineData(CheckStatus.Wrong, "wrong")]
    public void ToHtml_CarriesExerciseAndStatusAttributes(CheckStatus status, string key)
    {
        var html = new CheckResult("1.2.40.3", status, "message", "hint").ToHtml();

        Assert.StartsWith("<div class=\"exercise-check\" data-exercise=\"1.2.40.3\" data-status=\"" + key + "\"", html, StringComparison.Ordinal);
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

        Assert.Contains("Exercise 1.2.40.9 [wrong]: expected 2, got 3", text, StringComparison.Ordinal);
        Assert.Contains("Hint: multiply the edges", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_IncludesFigureWhenGiven()
    {
        var html = (CheckResult.Pass("homework", "ok") with { FigureHtml = "<svg id=\"g\"></svg>" }).ToHtml();

        Assert.Contains("<svg id=\"g\"></svg>", html, StringComparison.Ordinal);
    }
}
