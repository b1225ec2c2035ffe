using System.Xml.Linq;

namespace AutoDiff.Visuals.Tests;

/// <summary>Text outputs of huge graphs stay bounded and say so; label shortening never splits a
/// character, so the SVG stays well-formed XML.</summary>
public sealed class OutputBoundsTests
{
    [Fact]
    public void Explain_InputUsedAHundredThousandTimes_ListsTheFirstTermsAndCountsTheRest()
    {
        var tape = new Tape();
        var x = tape.Variable(0.5, "x");
        var sum = x;
        for (int i = 0; i < 100_000; i++) sum += x;
        sum.Backward();
        string text = Narration.Explain(sum.ToGraph());
        Assert.True(text.Length < 100_000, $"{text.Length} characters");
        Assert.Contains($"plus {100_001 - BackpropSteps.MaxTerms:N0} more terms, not listed", text, StringComparison.Ordinal);
        Assert.Contains("in total ∂", text, StringComparison.Ordinal);
        Assert.Contains("= " + NumberText.Format(100_001) + ".", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StepThrough_InputUsedAHundredThousandTimes_StaysSmall()
    {
        var tape = new Tape();
        var x = tape.Variable(0.5, "x");
        var sum = x;
        for (int i = 0; i < 100_000; i++) sum += x;
        sum.Backward();
        string html = BackpropSteps.RenderHtml(sum.ToGraph());
        Assert.True(html.Length < 2_000_000, $"{html.Length} characters");
    }

    public static TheoryData<string> Alphabets => ["😀", "a😀", "e\u0301", "👩‍💻"];

    [Theory]
    [MemberData(nameof(Alphabets))]
    public void Render_LabelsOfEveryLength_AreWellFormedAndNeverSplitACharacter(string unit)
    {
        for (int length = 1; length <= 60; length++)
        {
            var tape = new Tape();
            string label = string.Concat(Enumerable.Repeat(unit, length));
            var x = tape.Variable(1, label);
            var y = (x * x).Named(label);
            y.Backward();
            string svg = GraphSvg.Render(y.ToGraph());
            var root = XDocument.Parse(svg).Root!; // throws on a lone surrogate
            foreach (var text in root.DescendantNodes().OfType<XText>())
                Assert.True(!HasLoneSurrogate(text.Value), $"length {length}: '{text.Value}'");
        }
    }

    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdef", 6, "abcdef")]
    [InlineData("abcdefg", 6, "abcde…")]
    [InlineData("😀😀😀😀", 4, "😀😀😀😀")]
    [InlineData("😀😀😀😀😀", 4, "😀😀😀…")]
    [InlineData("e\u0301e\u0301e\u0301", 2, "e\u0301…")]
    public void Shorten_CutsByTextElements(string text, int max, string expected) =>
        Assert.Equal(expected, NodeBox.Shorten(text, max));

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && (i + 1 == s.Length || !char.IsLowSurrogate(s[i + 1]))) return true;
            if (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1]))) return true;
        }
        return false;
    }
}
