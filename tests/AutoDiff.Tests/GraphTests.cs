namespace AutoDiff.Tests;

// The traced graph as plain data: what it contains, its names and its edge derivatives.
public class GraphTests
{
    private static (Value X, Value Y, Value F) TraceXSquaredYPlusSinX(double x = 2, double y = 3)
    {
        var tape = new Tape();
        var vx = tape.Variable(x, "x");
        var vy = tape.Variable(y, "y");
        var f = Value.Pow(vx, 2) * vy + Value.Sin(vx);
        return (vx, vy, f);
    }

    [Fact]
    public void ToGraph_WithUnusedBranch_ContainsOnlyNodesThatReachTheOutput()
    {
        var tape = new Tape();
        var x = tape.Variable(1, "x");
        var unused = Value.Exp(tape.Variable(5, "z"));
        var f = Value.Sin(x) * x;

        var graph = f.ToGraph();

        Assert.Equal([x.Index, x.Index + 3, f.Index], graph.Nodes.Select(n => n.Id));
        Assert.DoesNotContain(graph.Nodes, n => n.Id == unused.Index || n.Label == "z");
        Assert.All(graph.Edges, e => Assert.Contains(graph.Nodes, n => n.Id == e.Parent));
    }

    [Fact]
    public void ToGraph_XSquaredYPlusSinX_NamesNodesAsExpressions()
    {
        var (_, _, f) = TraceXSquaredYPlusSinX();
        var names = f.ToGraph().Nodes.Select(n => n.DisplayName).ToList();
        Assert.Equal(["x", "y", "x²", "x²y", "sin x", "x²y + sin x"], names);
    }

    [Fact]
    public void ToGraph_Edges_CarryTheAnalyticLocalDerivatives()
    {
        double x = 2, y = 3;
        var (vx, vy, f) = TraceXSquaredYPlusSinX(x, y);
        var graph = f.ToGraph();
        double Edge(string parent, string child) => graph.Edges.Single(e =>
            graph.Node(e.Parent).DisplayName == parent && graph.Node(e.Child).DisplayName == child).LocalDerivative;

        PrimitiveAssert.Close(2 * x, Edge("x", "x²"));
        PrimitiveAssert.Close(y, Edge("x²", "x²y"));
        PrimitiveAssert.Close(x * x, Edge("y", "x²y"));
        PrimitiveAssert.Close(Math.Cos(x), Edge("x", "sin x"));
        Assert.Equal(1.0, Edge("x²y", "x²y + sin x"));
        Assert.Equal(1.0, Edge("sin x", "x²y + sin x"));
        Assert.Equal(6, graph.Edges.Count); // none from the constant exponent 2: a parameter, not an input
    }

    [Fact]
    public void ToGraph_AfterBackward_NodesCarryAdjointsAndKinds()
    {
        var (vx, vy, f) = TraceXSquaredYPlusSinX();
        f.Backward();
        var graph = f.ToGraph();
        Assert.Equal(vx.Adjoint, graph.Node(vx.Index).Adjoint);
        Assert.Equal(vy.Adjoint, graph.Node(vy.Index).Adjoint);
        Assert.Equal(NodeKind.Input, graph.Node(vx.Index).Kind);
        Assert.Equal(NodeKind.Output, graph.Node(f.Index).Kind);
        Assert.Equal(f.Index, graph.OutputId);
    }

    [Fact]
    public void ToGraph_SameTraceTwice_GivesEqualDotAndMermaidText()
    {
        var first = TraceXSquaredYPlusSinX().F.ToGraph();
        var second = TraceXSquaredYPlusSinX().F.ToGraph();
        Assert.Equal(first.ToDot(), second.ToDot());
        Assert.Equal(first.ToMermaid(), second.ToMermaid());
        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Edges, second.Edges);
    }

    [Fact]
    public void Summarize_XSquaredYPlusSinX_CountsNodesEdgesAndDepth()
    {
        var summary = TraceXSquaredYPlusSinX().F.ToGraph().Summarize();
        Assert.Equal(6, summary.NodeCount);
        Assert.Equal(6, summary.EdgeCount);
        Assert.Equal(2, summary.InputCount);
        Assert.Equal(3, summary.Depth); // x → x² → x²y → +
    }
}
