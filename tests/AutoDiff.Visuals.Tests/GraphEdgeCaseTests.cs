using System.Xml.Linq;

namespace AutoDiff.Visuals.Tests;

/// <summary>Awkward graphs still draw: one node, heavy reuse, huge labels.</summary>
public sealed class GraphEdgeCaseTests
{
    [Fact]
    public void Render_OutputIsAnInput_DrawsOneNodeAndNoEdges()
    {
        var t = new Tape();
        var x = t.Variable(3, "x");
        x.Backward();
        var root = XDocument.Parse(GraphSvg.Render(x.ToGraph())).Root!;
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Single(root.Descendants(svg + "g"), g => g.Attribute("data-node-id") is not null);
        Assert.DoesNotContain(root.Descendants(svg + "path"), p => (string?)p.Attribute("class") == "ad-edge");
    }

    [Fact]
    public void Render_InputReusedByEveryOperation_StaysWellFormedAndBounded()
    {
        // x feeds all 148 operations: every edge from x skips many layers.
        var t = new Tape();
        var x = t.Variable(0.5, "x");
        var v = x;
        for (int i = 0; i < 74; i++) v = Value.Sin(v) * x;
        v.Backward();
        string svg = GraphSvg.Render(v.ToGraph());
        Assert.True(svg.Length < 400_000, $"{svg.Length} characters");
        Assert.Equal("svg", XDocument.Parse(svg).Root!.Name.LocalName);
    }

    [Fact]
    public void Render_HugeLabel_IsShortenedInTheBox()
    {
        var t = new Tape();
        var x = t.Variable(1, new string('a', 100_000));
        var f = (x * 2).Named("f");
        f.Backward();
        string svg = GraphSvg.Render(f.ToGraph());
        Assert.True(svg.Length < 20_000, $"{svg.Length} characters");
        Assert.Contains("a…", svg, StringComparison.Ordinal);
    }
}
