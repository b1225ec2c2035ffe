using System.Xml.Linq;

namespace AutoDiff.Visuals.Tests;

/// <summary>The graph drawing as a string: well-formed, complete, deterministic, escaped, bounded.</summary>
public sealed class GraphSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static IEnumerable<XElement> WithClass(XElement root, string name, string cls) =>
        root.Descendants(Svg + name).Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(cls));

    [Fact]
    public void Render_MiniProject_IsWellFormedSvgWithOneBoxPerNodeAndOnePathPerEdge()
    {
        var graph = GraphSamples.MiniProject();
        var root = Parse(GraphSvg.Render(graph));
        Assert.Equal(Svg + "svg", root.Name);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Equal(graph.Nodes.Count, WithClass(root, "g", "ad-node").Count());
        Assert.Equal(graph.Edges.Count, WithClass(root, "path", "ad-edge").Count());
        Assert.Empty(root.Descendants(Svg + "image")); // pure vector
    }

    [Fact]
    public void Render_MiniProject_NodesShowValueAndGradientOfTheAnalyticSolution()
    {
        // f = x²y + sin x at (2, 3): f = 12 + sin 2, ∂f/∂x = 2xy + cos x = 12 + cos 2, ∂f/∂y = x² = 4.
        var root = Parse(GraphSvg.Render(GraphSamples.MiniProject()));
        string Rows(string id) => string.Join(" | ", WithClass(root, "g", "ad-node")
            .Single(g => (string?)g.Attribute("data-node-id") == id).Descendants(Svg + "text").Select(t => t.Value));
        var f = GraphSamples.MiniProject();
        string x = f.Nodes.Single(n => n.Label == "x").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string y = f.Nodes.Single(n => n.Label == "y").Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string output = f.OutputId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("value  " + NumberText.Format(12 + Math.Sin(2)), Rows(output), StringComparison.Ordinal);
        Assert.Contains("grad  " + NumberText.Format(12 + Math.Cos(2)), Rows(x), StringComparison.Ordinal);
        Assert.Contains("grad  4", Rows(y), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MiniProject_EdgeLabelsAreTheAnalyticLocalDerivatives()
    {
        // ∂x²/∂x = 2x = 4, ∂(x²y)/∂x² = y = 3, ∂(x²y)/∂y = x² = 4, ∂sin x/∂x = cos 2, ∂f/∂(x²y) = ∂f/∂(sin x) = 1.
        var root = Parse(GraphSvg.Render(GraphSamples.MiniProject()));
        var labels = WithClass(root, "g", "ad-edge-label").Select(g => g.Element(Svg + "text")!.Value).Order(StringComparer.Ordinal);
        var expected = new[] { 4, 3, 4, Math.Cos(2), 1, 1 }.Select(NumberText.Format).Order(StringComparer.Ordinal);
        Assert.Equal(expected, labels);
    }

    [Fact]
    public void Render_MiniProject_EdgeTooltipsWriteEachRuleWithTheOperandsNamed()
    {
        // The rules of x → x², x² → x²y, y → x²y, x → sin x and the two edges into the sum, named
        // as the narration names them (not the table's a and b).
        var root = Parse(GraphSvg.Render(GraphSamples.MiniProject()));
        var tips = WithClass(root, "g", "ad-edge-label").Select(g => g.Element(Svg + "title")!.Value).Order(StringComparer.Ordinal);
        var expected = new[] { "2x = 4", "y = 3", "x² = 4", $"cos x = {NumberText.Format(Math.Cos(2))}", "1 = 1", "1 = 1" }
            .Select(t => "∂child/∂parent: " + t).Order(StringComparer.Ordinal);
        Assert.Equal(expected, tips);
    }

    [Fact]
    public void Render_NodeTooltip_BracketsAnOutputNameThatIsASum()
    {
        var t = new Tape();
        var x = t.Variable(2, "x");
        var f = Value.Pow(x, 2) + Value.Sin(x);
        f.Backward();
        string svg = GraphSvg.Render(f.ToGraph());
        Assert.Contains("∂(x² + sin x)/∂x = ", svg, StringComparison.Ordinal);
        Assert.Contains("∂(x² + sin x)/∂(sin x) = 1", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameGraphTracedTwice_GivesTheSameBytes()
    {
        Assert.Equal(GraphSvg.Render(GraphSamples.Neuron()), GraphSvg.Render(GraphSamples.Neuron()));
        Assert.Equal(GraphSvg.RenderHtml(GraphSamples.WideSum()), GraphSvg.RenderHtml(GraphSamples.WideSum()));
    }

    [Fact]
    public void Render_TwoDifferentGraphs_UseDifferentElementIds()
    {
        string a = (string)Parse(GraphSvg.Render(GraphSamples.MiniProject()))!.Attribute("id")!;
        string b = (string)Parse(GraphSvg.Render(GraphSamples.MiniProject(2.5, 3)))!.Attribute("id")!;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Render_HostileLabels_AreEscapedText()
    {
        string svg = GraphSvg.RenderHtml(GraphSamples.Hostile());
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", svg, StringComparison.OrdinalIgnoreCase);
        var root = Parse(GraphSvg.Render(GraphSamples.Hostile()));
        var labels = WithClass(root, "text", "ad-label").Select(t => t.Value).ToList();
        Assert.Contains("<script>alert(1)</script>", labels);
        Assert.Contains("a&b \"q\" 'r'", labels);
    }

    [Fact]
    public void Render_WithoutAdjoints_ShowsNoGradientRows()
    {
        string svg = GraphSvg.Render(GraphSamples.MiniProject(), GraphStyle.Default with { ShowAdjoints = false, Title = "f(x, y) = x²y + sin x" });
        Assert.DoesNotContain(">grad<", svg, StringComparison.Ordinal);
        Assert.Contains("f(x, y) = x²y + sin x", Parse(svg).Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void RenderHtml_SmallGraph_HasNoLargeGraphSummary()
    {
        Assert.DoesNotContain("ad-graph-summary", GraphSvg.RenderHtml(GraphSamples.Neuron()), StringComparison.Ordinal);
    }

    [Fact]
    public void Save_BySvgOrHtmlExtension_WritesThatFormat()
    {
        string dir = Directory.CreateTempSubdirectory("graphsvg").FullName;
        try
        {
            GraphSvg.Save(GraphSamples.Diamond(), Path.Combine(dir, "g.svg"));
            GraphSvg.Save(GraphSamples.Diamond(), Path.Combine(dir, "g.html"));
            Assert.Equal(Svg + "svg", XDocument.Load(Path.Combine(dir, "g.svg")).Root!.Name);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(dir, "g.html")), StringComparison.Ordinal);
            var error = Assert.Throws<ArgumentException>(() => GraphSvg.Save(GraphSamples.Diamond(), Path.Combine(dir, "g.png")));
            Assert.Contains(".svg or .html", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
