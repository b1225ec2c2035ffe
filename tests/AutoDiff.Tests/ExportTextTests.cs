namespace AutoDiff.Tests;

// DOT and Mermaid text: well formed, labelled with local derivatives, and safe for any label.
public class ExportTextTests
{
    private static ComputationGraph GraphWithLabel(string label)
    {
        var tape = new Tape();
        var x = tape.Variable(2, label);
        return (Value.Sin(x) * x).ToGraph();
    }

    [Fact]
    public void ToDot_HostileLabel_EscapesQuotesSoTheLabelStaysOneString()
    {
        string dot = GraphWithLabel("<script>\"x\"</script>").ToDot();
        Assert.Contains("label=\"<script>\\\"x\\\"</script>\\nvalue 2", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>\"x\"", dot, StringComparison.Ordinal);
        Assert.StartsWith("digraph autodiff {", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_HostileLabel_EscapesQuotesAndAngleBrackets()
    {
        string mermaid = GraphWithLabel("<script>\"x\"</script>").ToMermaid();
        Assert.Contains("#lt;script#gt;#quot;x#quot;#lt;/script#gt;", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("\"x\"", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_LabelWithBrackets_StaysInsideTheQuotedNodeText()
    {
        string mermaid = GraphWithLabel("w1[0,3]").ToMermaid();
        Assert.Contains("n0([\"w1[0,3]<br/>value 2<br/>grad 0\"])", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDot_Edges_AreLabelledWithLocalDerivatives()
    {
        string dot = GraphWithLabel("x").ToDot();
        string cos2 = Math.Cos(2).ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
        string sin2 = Math.Sin(2).ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"n0 -> n1 [label=\"{cos2}\"];", dot, StringComparison.Ordinal);  // ∂sin x/∂x
        Assert.Contains($"n1 -> n2 [label=\"2\"];", dot, StringComparison.Ordinal);        // ∂(s·x)/∂s = x
        Assert.Contains($"n0 -> n2 [label=\"{sin2}\"];", dot, StringComparison.Ordinal);  // ∂(s·x)/∂x = s
    }

    [Fact]
    public void ToMermaid_StartsWithFlowchartAndHasOneLinePerNodeAndEdge()
    {
        var graph = GraphWithLabel("x");
        var lines = graph.ToMermaid().TrimEnd('\n').Split('\n');
        Assert.Equal("flowchart LR", lines[0]);
        Assert.Equal(1 + graph.Nodes.Count + graph.Edges.Count, lines.Length);
    }
}
