
namespace AutoDiff.Interactive.Tests;

public class CheckResultTests
{
    [Theory]
    [InlineData(ExerciseState.Correct, "correct")]
    [InlineData(ExerciseState.NotAttempted, "not attempted yet")]
    [InlineData(ExerciseState.Wrong, "not yet right")]
    [InlineData(ExerciseState.SelfChecked, "self-checked (not graded)")]
    public void ToHtml_NamesTheExerciseFromTheCatalogueAndTheStatusInWords(ExerciseState status, string words)
    {
        var html = new CheckResult("1.2.40.3", status, "message", "hint").ToHtml();

        Assert.StartsWith("<div class=\"exercise-check\"", html, StringComparison.Ordinal);
        Assert.Contains("Exercise 1.2.40.3: " + words + "</strong>", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfChecked_HasItsOwnColourAndIcon_AndTheWrittenAnswerIsEscapedBesideTheKeyPoints()
    {
        var result = CheckResult.SelfChecked("1.2.40.1.keypoints", "marked") with
        {
            SelfAssessment = new SelfAssessment("x < y & <b>bold</b>", ["first point", "second point"], [2]),
        };

        string html = result.ToHtml(), text = result.ToString();

        Assert.Contains("data-status=\"self-checked\"", html, StringComparison.Ordinal);
        Assert.Contains($"color:{ExerciseStyle.Colour(ExerciseState.SelfChecked)}\">✎ Exercise 1.2.40.1 (key points): self-checked (not graded)</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        Assert.Contains("x &lt; y &amp; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li data-marked=\"false\">first point</li>", html, StringComparison.Ordinal);
        Assert.Matches("<li data-marked=\"true\">.*second point</li>", html);
        Assert.Contains("✎ Exercise 1.2.40.1 (key points): self-checked (not graded). marked", text, StringComparison.Ordinal);
        Assert.Contains("[ ] (1) first point", text, StringComparison.Ordinal);
        Assert.Contains("[✎] (2) second point", text, StringComparison.Ordinal);
        Assert.False(result.IsCorrect);
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
