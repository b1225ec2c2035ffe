namespace AutoDiff.Visuals.Tests;

/// <summary>The shared text helpers: escaping, number formatting, width estimates, content ids.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("\"q\" 'r'", "&quot;q&quot; &#39;r&#39;")]
    [InlineData("bell\u0007", "bell")]
    [InlineData(null, "")]
    public void Escape_MarkupAndForbiddenCharacters_BecomeSafeText(string? input, string expected) =>
        Assert.Equal(expected, HtmlText.Escape(input));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(12.0, "12")]
    [InlineData(-0.41614683654714241, "−0.4161")]
    [InlineData(1234567.0, "1.235e+6")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "−∞")]
    public void Format_Numbers_ReadAsALearnerExpects(double x, string expected) =>
        Assert.Equal(expected, NumberText.Format(x));

    [Fact]
    public void Format_TinyNumber_UsesScientificNotationWithTrueMinus() =>
        Assert.Equal("3e−8", NumberText.Format(3e-8));

    [Fact]
    public void TextWidth_WiderText_IsEstimatedWider()
    {
        Assert.True(TextWidth.Estimate("mmmm", 13) > TextWidth.Estimate("iiii", 13));
        Assert.True(TextWidth.Estimate("x²y", 13, bold: true) > TextWidth.Estimate("x²y", 13));
    }

    [Fact]
    public void ContentId_SameContent_SameId_DifferentContent_DifferentId()
    {
        Assert.Equal(ContentId.Of("g", "abc"), ContentId.Of("g", "abc"));
        Assert.NotEqual(ContentId.Of("g", "abc"), ContentId.Of("g", "abd"));
    }

    [Fact]
    public void HtmlPage_Title_IsEscaped() =>
        Assert.Contains("<title>&lt;b&gt;</title>", HtmlPage.Wrap("<b>", "<p>x</p>"), StringComparison.Ordinal);
}
