using System.Xml.Linq;
using AutoDiff.Interactive;

namespace AutoDiff.Visuals.Tests;

// The sketch checks of the mini-project and the homework, as a notebook calls them.
public class CheckSketchTests
{
    // f(x, y) = x²y + sin x, drawn with x·x for x² and the product's factors commuted.
    internal const string Correct = """
        x, y: input
        sq = x * x
        p  = y * sq
        s  = sin(x)
        f  = s + p
        x  -> sq : 2*x
        y  -> p  : sq
        sq -> p  : y
        x  -> s  : cos x
        s  -> f  : 1
        p  -> f  : 1
        """;

    internal const string Values = """
        x: value 1.2, grad 2*1.2*2.5 + cos(1.2)
        y: value 2.5, grad 1.44
        sq: value 1.44, grad 2.5
        p: value 3.6, grad 1
        s: value sin(1.2), grad 1
        f: value 3.6 + sin(1.2), grad 1
        """;

    internal static readonly string WrongOperation = Correct.Replace("s  = sin(x)", "s  = cos x", StringComparison.Ordinal).Replace("x  -> s  : cos x", "x  -> s  : -sin x", StringComparison.Ordinal);

    internal static readonly string UsedOnce = Correct.Replace("s  = sin(x)", "s  = sin sq", StringComparison.Ordinal).Replace("x  -> s  : cos x", "sq -> s  : cos sq", StringComparison.Ordinal);

    private static GraphSketch Stub() => throw new NotImplementedException();

    [Fact]
    public void Stub_IsNotAttemptedYet()
    {
        Assert.Equal(CheckStatus.NotAttempted, Check.MiniProjectSketch(Stub).Status);
        Assert.Equal(CheckStatus.NotAttempted, Check.MiniProjectValues(Stub).Status);
        Assert.Equal(CheckStatus.NotAttempted, Check.HomeworkSketch(Stub, (x, y) => Value.Exp(x * y) + x / y).Status);
        Assert.Equal(CheckStatus.NotAttempted, Check.HomeworkSketch(() => GraphSketch.Parse(Correct), (_, _) => throw new NotImplementedException()).Status);
        Assert.Contains("data-status=\"not-attempted\"", Check.MiniProjectSketch(Stub).ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectSketch_PassesAndDrawsBothGraphs()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(Correct));
        Assert.Equal(CheckStatus.Correct, result.Status);
        Assert.Equal(2, Count(result.FigureHtml!, "<svg "));
        Assert.DoesNotContain("ad-mark", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongOperation_FailsNamesItAndMarksBothSides()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(WrongOperation));
        Assert.Equal(CheckStatus.Wrong, result.Status);
        Assert.StartsWith("s = cos x has the right operand but the wrong operation", result.Message, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"wrong operation\"", result.FigureHtml, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"differs\"", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void XUsedOnce_MarksTheMissingEdgeOnTheTrace()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(UsedOnce));
        Assert.Equal(CheckStatus.Wrong, result.Status);
        Assert.Contains("In your sketch x feeds one operation (sq); f uses x twice", result.Message, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"missing\"", result.FigureHtml, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"extra\"", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableSketch_QuotesTheLine()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(Correct.Replace("x  -> sq", "sq -> x", StringComparison.Ordinal)));
        Assert.Equal(CheckStatus.Wrong, result.Status);
        Assert.StartsWith("Your sketch cannot be read: line 6, at '->': the edge sq -> x runs backwards: sq = x * x is computed from x", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_RightPassWrongNamedAndMarked()
    {
        Assert.Equal(CheckStatus.Correct, Check.MiniProjectValues(() => GraphSketch.Parse(Correct).WithValues(Values)).Status);
        var wrong = Check.MiniProjectValues(() => GraphSketch.Parse(Correct).WithValues(Values.Replace("2*1.2*2.5 + cos(1.2)", "6", StringComparison.Ordinal)));
        Assert.Equal(CheckStatus.Wrong, wrong.Status);
        Assert.Contains("The path through s is missing from the sum.", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"wrong grad\"", wrong.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void HomeworkSketch_ComparesWithTheLearnersOwnFunction()
    {
        const string sketch = """
            x, y: input
            m = x * y
            e = exp m
            q = x / y
            h = e + q
            x -> m : y
            y -> m : x
            m -> e : e
            x -> q : 1/y
            y -> q : -x/y^2
            e -> h : 1
            q -> h : 1
            """;
        Assert.Equal(CheckStatus.Correct, Check.HomeworkSketch(() => GraphSketch.Parse(sketch), (x, y) => Value.Exp(x * y) + x / y).Status);
        var swapped = Check.HomeworkSketch(() => GraphSketch.Parse(sketch.Replace("q = x / y", "q = y / x", StringComparison.Ordinal)), (x, y) => Value.Exp(x * y) + x / y);
        Assert.Equal(CheckStatus.Wrong, swapped.Status);
        Assert.StartsWith("q = y / x takes its operands in the other order: f computes x/y.", swapped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparisonDrawings_AreWellFormedSvg()
    {
        foreach (var text in new[] { Correct, WrongOperation, UsedOnce })
        {
            var html = SketchSvg.Comparison(SketchComparison.Compare(GraphSketch.Parse(text), (x, y) => Value.Pow(x, 2) * y + Value.Sin(x), (1.2, 2.5), (-0.7, 1.9)));
            int start = 0;
            while ((start = html.IndexOf("<svg ", start, StringComparison.Ordinal)) >= 0)
            {
                int end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6;
                XElement.Parse(html[start..end]); // throws if not well formed
                start = end;
            }
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
