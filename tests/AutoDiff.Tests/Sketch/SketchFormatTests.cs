using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// A sketch that cannot be read says the line, the token and what to write instead.
public class SketchFormatTests
{
    public static TheoryData<string, int, string, string> Errors => new()
    {
        { SketchSamples.Replace("p = sq * y", "p = x^2 * y"), 3, "x", "p = x^2 * y has more than one operation: a node is one operation on names or numbers. Give each operation its own line, e.g. sq = x^2, then p = sq * y." },
        { SketchSamples.Replace("x -> s :", "x -> s"), 9, "", "write ':' and the local derivative after the edge: x -> s : ∂s/∂x as a formula (e.g. 2x)." },
        { SketchSamples.Replace("x -> s :", ""), 4, "x", "s = sin x uses x, but no line gives the local derivative on the edge x -> s: add 'x -> s : …' (∂s/∂x as a formula)." },
        { SketchSamples.Replace("y -> p", "y -> p : xx"), 8, "xx", "xx is not a node: for a product write x * x." },
        { SketchSamples.Replace("sq = x^2", "x² = x^2"), 2, "²", "a name is letters and digits only: write x2 or sq rather than x²." },
        { SketchSamples.Replace("s = sin x", "s = sin z"), 4, "z", "z is not a node of the sketch: declare it (z: input) or define it (z = …)." },
        { SketchSamples.Replace("x -> sq", "x -> sq : 2x)"), 6, ")", "this ')' closes no '(': remove it." },
        { SketchSamples.Replace("x -> s :", "x -> p : 2xy"), 9, "p", "p = sq * y does not use x: remove this edge, or use x in the definition of p." },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void UnreadableSketch_NamesLineTokenAndFix(string sketch, int line, string token, string problem)
    {
        var e = Assert.Throws<SketchFormatException>(() => GraphSketch.Parse(sketch));
        Assert.Equal((line, token, problem), (e.Line, e.Token, e.Problem));
        Assert.StartsWith($"line {line}, ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_NameNotInTheSketch_ListsTheNodes()
    {
        var sketch = GraphSketch.Parse(SketchSamples.Correct);
        var e = Assert.Throws<SketchFormatException>(() => sketch.WithValues("x: value 1.2\nq: value 3"));
        Assert.Equal(2, e.Line);
        Assert.Contains("(x, y, sq, p, s, f)", e.Problem, StringComparison.Ordinal);
    }
}
