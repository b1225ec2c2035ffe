using System.Xml.Linq;

namespace AutoDiff.Visuals.Tests;

/// <summary>Large graphs degrade gracefully: bounded output, a summary, a collapsed drawing.</summary>
public sealed class GraphLargeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void RenderHtml_MillionNodeChain_IsUnder200KBWithSummaryAndCollapsedView()
    {
        var graph = GraphSamples.DeepChain(1_000_000);
        string html = GraphSvg.RenderHtml(graph);
        Assert.True(html.Length < 200_000, $"{html.Length} characters");
        Assert.Contains("1,000,000 nodes", html, StringComparison.Ordinal);
        Assert.Contains("depth 999,999", html, StringComparison.Ordinal);
        Assert.Contains("sin × 999,999", html, StringComparison.Ordinal);
        Assert.Contains("more nodes", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WideSum_DrawsAtMostTheCollapsedBudgetPlusTheMoreBox()
    {
        var style = GraphStyle.Default;
        var root = XDocument.Parse(GraphSvg.Render(GraphSamples.WideSum(), style)).Root!;
        var nodes = root.Descendants(Svg + "g").Where(g => g.Attribute("data-node-id") is not null).ToList();
        Assert.InRange(nodes.Count, 2, style.CollapsedNodes + 1);
        Assert.Single(nodes, g => (string?)g.Attribute("data-kind") == "more");
        Assert.Single(nodes, g => (string?)g.Attribute("data-kind") == "output");
    }

    [Fact]
    public void Render_DeepChain_DrawsNoMoreLayersThanAllowed()
    {
        var style = GraphStyle.Default with { MaxCollapsedLayers = 5 };
        var root = XDocument.Parse(GraphSvg.Render(GraphSamples.DeepChain(), style)).Root!;
        int drawn = root.Descendants(Svg + "g").Count(g => (string?)g.Attribute("data-kind") is "operation" or "output");
        Assert.Equal(6, drawn); // the output and the 5 nodes before it
    }

    [Fact]
    public void RenderHtml_MillionNodeChain_StepThroughAndNarrationAreBounded()
    {
        var graph = GraphSamples.DeepChain(1_000_000);
        Assert.True(BackpropSteps.RenderHtml(graph).Length < 200_000);
        string words = Narration.Explain(graph);
        Assert.True(words.Length < 100_000, $"{words.Length} characters");
        Assert.Contains("more steps", words, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphStyle_TooSmallLimits_FailWithAdvice()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GraphSvg.Render(GraphSamples.MiniProject(), GraphStyle.Default with { MaxNodes = 1 }));
        Assert.Contains("MaxNodes", error.Message, StringComparison.Ordinal);
    }
}
