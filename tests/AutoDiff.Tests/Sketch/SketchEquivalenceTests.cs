using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// Sketches that draw f(x, y) = x²y + sin x differently but correctly must pass.
public class SketchEquivalenceTests
{
    public static TheoryData<string, string> Equivalents => new()
    {
        { "as written", SketchSamples.Correct },
        { "commuted operands", SketchSamples.Replace("p = sq * y", "p = y * sq").WithLine("f = p + s", "f = s + p") },
        { "x·x for x², one edge line with the total", SketchSamples.Replace("sq = x^2", "sq = x * x").WithLine("x -> sq", "x -> sq : x + x") },
        { "x·x for x², one edge line per operand", SketchSamples.Replace("sq = x^2", "sq = x·x").WithLine("x -> sq", "x -> sq : x\nx -> sq : x") },
        { "named intermediates and lines in another order", """
            y, x: input
            top = u + v      # the output first
            v = sin(x)
            u = w × y
            w = x²
            v -> top : 1
            u -> top : 1
            x -> v : cos(x)
            w -> u : y
            y -> u : w
            x -> w : 2 * x
            """ },
        { "local derivatives written another way", SketchSamples.Replace("x -> sq", "x -> sq : x + x").WithLine("y -> p", "y -> p : x^2").WithLine("x -> s :", "x -> s : sin(x + pi/2)") },
    };

    [Theory]
    [MemberData(nameof(Equivalents))]
    public void EquivalentSketch_Matches(string why, string sketch)
    {
        var comparison = SketchSamples.Compare(sketch);
        Assert.True(comparison.IsMatch, why + ": " + string.Join(" | ", comparison.Differences.Select(d => d.Message)));
    }

    [Fact]
    public void CorrectSketch_ItsOwnBackwardSweepGivesTheGradientOfReverseMode()
    {
        var graph = GraphSketch.Parse(SketchSamples.Correct).ToGraph(1.2, 2.5);
        var tape = new Tape();
        var x = tape.Variable(1.2, "x");
        var y = tape.Variable(2.5, "y");
        var f = SketchSamples.F(x, y);
        f.Backward();
        Assert.Equal(f.Primal, graph.Node(graph.OutputId).Primal, 12);
        Assert.Equal(x.Adjoint, graph.Nodes.Single(n => n.Label == "x").Adjoint, 12);
        Assert.Equal(y.Adjoint, graph.Nodes.Single(n => n.Label == "y").Adjoint, 12);
    }

    [Fact]
    public void Sketch_ExportsTheSameMermaidAndDotAsItsGraph()
    {
        var sketch = GraphSketch.Parse(SketchSamples.Correct);
        var graph = sketch.ToGraph(1.2, 2.5);
        Assert.Equal(graph.ToMermaid(), sketch.ToMermaid(1.2, 2.5));
        Assert.Equal(graph.ToDot(), sketch.ToDot(1.2, 2.5));
        Assert.Contains("-->|\"2.4\"|", sketch.ToMermaid(1.2, 2.5), StringComparison.Ordinal); // x → sq carries 2x = 2.4
    }

    [Fact]
    public void ComparisonPoint_NoTwoQuantitiesOfFCoincide()
    {
        // Values, adjoints and local derivatives at the point that values are checked at are all
        // different, except where they are equal as functions (checked at the other points).
        var c = SketchSamples.Compare(SketchSamples.Correct);
        var t = c.Trace;
        var quantities = t.Nodes.Where(n => n.Kind != NodeKind.Constant)
            .SelectMany(n => new[] { ($"value {n.DisplayName}", F(n.Id, adjoint: false)), ($"grad {n.DisplayName}", F(n.Id, adjoint: true)) })
            .Concat(t.Edges.Where(e => t.Node(e.Parent).Kind != NodeKind.Constant).Select(e => ($"edge {e.Parent}->{e.Child}", Local(e))))
            .ToList();
        for (int i = 0; i < quantities.Count; i++)
            for (int j = i + 1; j < quantities.Count; j++)
            {
                var (a, fa) = quantities[i];
                var (b, fb) = quantities[j];
                bool equalAtPoint = Math.Abs(fa(0) - fb(0)) < 1e-3;
                bool equalEverywhere = Enumerable.Range(0, SketchSamples.Points.Length).All(k => Math.Abs(fa(k) - fb(k)) < 1e-9);
                Assert.False(equalAtPoint && !equalEverywhere, $"{a} and {b} coincide at the point by chance");
            }

        Func<int, double> F(int id, bool adjoint) => k => Traced(k, id, adjoint);
        Func<int, double> Local(GraphEdge e) => k => Traced(k, e.Child, adjoint: false) == 0 ? 0 : LocalAt(k, e);
    }

    private static double Traced(int point, int id, bool adjoint)
    {
        var (x0, y0) = SketchSamples.Points[point];
        var tape = new Tape();
        var f = SketchSamples.F(tape.Variable(x0, "x"), tape.Variable(y0, "y"));
        f.Backward();
        return adjoint ? tape.AdjointOf(id) : tape[id].Primal;
    }

    private static double LocalAt(int point, GraphEdge e)
    {
        var (x0, y0) = SketchSamples.Points[point];
        var tape = new Tape();
        SketchSamples.F(tape.Variable(x0, "x"), tape.Variable(y0, "y"));
        var entry = tape[e.Child];
        return e.Operand == 0 ? entry.PartialA : entry.PartialB;
    }
}
