using System.Xml.Linq;
using AutoDiff.Sketch;

namespace AutoDiff.Interactive.Tests.Sketch;

// The sketch checks of the mini-project and the homework, as a notebook calls them.
public class CheckSketchTests
{
    private const string Correct = MiniProjectSketches.Correct;
    private const string Values = MiniProjectSketches.Values;
    private static readonly string WrongOperation = MiniProjectSketches.WrongOperation;
    private static readonly string UsedOnce = MiniProjectSketches.UsedOnce;

    private static GraphSketch Stub() => throw new NotImplementedException();

    [Fact]
    public void Stub_IsNotAttemptedYet()
    {
        Assert.Equal(ExerciseState.NotAttempted, Check.MiniProjectSketch(Stub).Status);
        Assert.Equal(ExerciseState.NotAttempted, Check.MiniProjectValues(Stub).Status);
        Assert.Equal(ExerciseState.NotAttempted, Check.HomeworkSketch(Stub, (x, y) => Value.Exp(x * y) + x / y).Status);
        Assert.Equal(ExerciseState.NotAttempted, Check.HomeworkSketch(() => GraphSketch.Parse(Correct), (_, _) => throw new NotImplementedException()).Status);
        Assert.Contains("data-status=\"not-attempted\"", Check.MiniProjectSketch(Stub).ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectSketch_PassesAndDrawsBothGraphs()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(Correct));
        Assert.Equal(ExerciseState.Correct, result.Status);
        Assert.Equal(2, Count(result.FigureHtml!, "<svg "));
        Assert.DoesNotContain("ad-mark", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongOperation_FailsNamesItAndMarksBothSides()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(WrongOperation));
        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.StartsWith("s = cos x has the right operand but the wrong operation", result.Message, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"wrong operation\"", result.FigureHtml, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"differs\"", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void XUsedOnce_MarksTheMissingEdgeOnTheTrace()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(UsedOnce));
        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("In your sketch x feeds one operation (sq); f uses x twice", result.Message, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"missing\"", result.FigureHtml, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"extra\"", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableSketch_QuotesTheLine()
    {
        var result = Check.MiniProjectSketch(() => GraphSketch.Parse(Correct.Replace("x  -> sq", "sq -> x", StringComparison.Ordinal)));
        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.StartsWith("Your sketch cannot be read: line 6, at '->': the edge sq -> x runs backwards: sq = x * x is computed from x", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_RightPassWrongNamedAndMarked()
    {
        Assert.Equal(ExerciseState.Correct, Check.MiniProjectValues(() => GraphSketch.Parse(Correct).WithValues(Values)).Status);
        var wrong = Check.MiniProjectValues(() => GraphSketch.Parse(Correct).WithValues(Values.Replace("2*1.2*2.5 + cos(1.2)", "6", StringComparison.Ordinal)));
        Assert.Equal(ExerciseState.Wrong, wrong.Status);
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
        Assert.Equal(ExerciseState.Correct, Check.HomeworkSketch(() => GraphSketch.Parse(sketch), (x, y) => Value.Exp(x * y) + x / y).Status);
        var swapped = Check.HomeworkSketch(() => GraphSketch.Parse(sketch.Replace("q = x / y", "q = y / x", StringComparison.Ordinal)), (x, y) => Value.Exp(x * y) + x / y);
        Assert.Equal(ExerciseState.Wrong, swapped.Status);
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
