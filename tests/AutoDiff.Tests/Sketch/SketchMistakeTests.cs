using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// One wrong sketch of f(x, y) = x²y + sin x per mistake class, each with the words it must produce.
public class SketchMistakeTests
{
    public static TheoryData<string, string, SketchDifferenceKind, string> Mistakes => new()
    {
        {
            "x used once: sin drawn on x² instead of x",
            SketchSamples.Replace("s = sin x", "s = sin sq").WithLine("x -> s : cos x", "sq -> s : cos sq"),
            SketchDifferenceKind.InputUsedTooFew,
            "In your sketch x feeds one operation (sq); f uses x twice: through x² (your sq) and through sin x (your s)."
        },
        {
            "x used once: a second copy of x",
            SketchSamples.Replace("x, y", "x, x2, y: input").WithLine("s = sin x", "s = sin x2").WithLine("x -> s : cos x", "x2 -> s : cos x2"),
            SketchDifferenceKind.ExtraInput,
            "Your sketch has an input x2 that f does not have: use x itself. A variable is one node, with an edge to every operation that uses it."
        },
        {
            "an extra node: the derivative cos x drawn as a node",
            SketchSamples.Correct + "\nc = cos x\nx -> c : -sin x",
            SketchDifferenceKind.ExtraNode,
            "Your sketch has c = cos x, which f does not compute (and no node uses it). cos x is the local derivative on the edge x → s: write it after ':' on that edge, not as a node."
        },
        {
            "a missing node: no x², p multiplies x and y",
            SketchSamples.Replace("sq = x^2", "").WithLine("x -> sq", "").WithLine("p = sq * y", "p = x * y").WithLine("sq -> p", "x -> p : y").WithLine("y -> p", "y -> p : x"),
            SketchDifferenceKind.MissingNode,
            "f computes x² from x and uses it in x²y (your p); your sketch has no node for it."
        },
        {
            "a wrong operation: cos for sin",
            SketchSamples.Replace("s = sin x", "s = cos x").WithLine("x -> s : cos x", "x -> s : -sin x"),
            SketchDifferenceKind.WrongOperation,
            "s = cos x has the right operand but the wrong operation: f computes sin x there (sin, not cos)."
        },
        {
            "a wrong local derivative: 2x on the edge x² → x²y",
            SketchSamples.Replace("sq -> p", "sq -> p : 2x"),
            SketchDifferenceKind.WrongDerivative,
            "The edge sq → p (x² → x²y in f) carries y, not 2x."
        },
        {
            "a wrong local derivative: a product's factors swapped",
            SketchSamples.Replace("sq -> p", "sq -> p : sq").WithLine("y -> p", "y -> p : y"),
            SketchDifferenceKind.WrongDerivative,
            "The edge sq → p (x² → x²y in f) carries y, not sq. That is the derivative on the edge y → p: on a product, each factor's edge carries the other factor."
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void WrongSketch_IsNamedInWords(string mistake, string sketch, SketchDifferenceKind kind, string message)
    {
        var comparison = SketchSamples.Compare(sketch);
        Assert.False(comparison.IsMatch, mistake);
        var stated = comparison.Stated.ToList();
        Assert.Contains(stated, d => d.Kind == kind && d.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void WrongOperation_DownstreamNodesStillPair()
    {
        var comparison = SketchSamples.Compare(SketchSamples.Replace("s = sin x", "s = cos x").WithLine("x -> s : cos x", "x -> s : -sin x"));
        Assert.Single(comparison.Stated);
        Assert.Equal(PairKind.Same, comparison.PairKinds["f"]);
        Assert.Equal(PairKind.WrongOperation, comparison.PairKinds["s"]);
    }

    [Fact]
    public void MissingNode_MarksTheMissingEdgesOfTheTrace()
    {
        var comparison = SketchSamples.Compare(SketchSamples.Replace("sq = x^2", "").WithLine("x -> sq", "").WithLine("p = sq * y", "p = x * y").WithLine("sq -> p", "x -> p : y").WithLine("y -> p", "y -> p : x"));
        var trace = comparison.Trace;
        int square = trace.Nodes.Single(n => n.Op == Op.PowConst).Id;
        Assert.Contains(comparison.Differences, d => d.Kind == SketchDifferenceKind.MissingEdge && d.TraceEdge?.Child == square);
        Assert.Contains(comparison.Differences, d => d.Kind == SketchDifferenceKind.ExtraEdge && d.SketchEdge == ("x", "p"));
    }

    [Fact]
    public void ReversedEdge_IsAFormatErrorThatSaysWhichWayTheArrowGoes()
    {
        var e = Assert.Throws<SketchFormatException>(() => GraphSketch.Parse(SketchSamples.Replace("x -> sq", "sq -> x : 2x")));
        Assert.Equal(6, e.Line);
        Assert.Equal("->", e.Token);
        Assert.Equal("line 6, at '->': the edge sq -> x runs backwards: sq = x^2 is computed from x, so the arrow goes from x to sq (values flow from operands to results). Write 'x -> sq : …' with ∂sq/∂x.", e.Message);
    }
}
