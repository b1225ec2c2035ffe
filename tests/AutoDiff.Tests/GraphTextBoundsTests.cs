namespace AutoDiff.Tests;

// DOT and Mermaid text of a huge trace stay small and say what they left out; small graphs are
// written whole.
public class GraphTextBoundsTests
{
    private static ComputationGraph Chain(int length)
    {
        var tape = new Tape();
        var x = tape.Variable(0.1, "x");
        var v = x;
        for (int i = 0; i < length; i++) v = Value.Sin(v) + x;
        return v.ToGraph();
    }

    [Fact]
    public void ToDot_HugeGraph_WritesTheLastNodesAndSaysHowManyAreLeftOut()
    {
        var graph = Chain(100_000); // 200,002 nodes
        string dot = graph.ToDot();
        int hidden = graph.Nodes.Count - ComputationGraph.MaxTextNodes;
        Assert.True(dot.Length < 400_000, $"{dot.Length} characters");
        Assert.Contains($"// The graph has {graph.Nodes.Count:N0} nodes", dot, StringComparison.Ordinal);
        Assert.Contains($"… {hidden:N0} more nodes", dot, StringComparison.Ordinal);
        Assert.Contains($"n{graph.OutputId} [shape=doubleoctagon", dot, StringComparison.Ordinal);
        Assert.DoesNotContain($"n{graph.Nodes[hidden - 1].Id} [", dot, StringComparison.Ordinal);
        Assert.Contains("more -> n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_HugeGraph_WritesTheLastNodesAndSaysHowManyAreLeftOut()
    {
        var graph = Chain(100_000);
        string mermaid = graph.ToMermaid();
        int hidden = graph.Nodes.Count - ComputationGraph.MaxTextNodes;
        Assert.True(mermaid.Length < 400_000, $"{mermaid.Length} characters");
        Assert.Contains($"%% The graph has {graph.Nodes.Count:N0} nodes", mermaid, StringComparison.Ordinal);
        Assert.Contains($"more[\"… {hidden:N0} more nodes\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("more --> n", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDot_GraphAtTheLimit_IsWrittenWhole()
    {
        var graph = Chain(50);
        string dot = graph.ToDot();
        Assert.DoesNotContain("more", dot, StringComparison.Ordinal);
        Assert.All(graph.Nodes, n => Assert.Contains($"n{n.Id} [", dot, StringComparison.Ordinal));
    }
}
