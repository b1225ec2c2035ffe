namespace AutoDiff.Visuals.Tests;

/// <summary>"Explain in words" tells the forward values and the chain-rule steps correctly.</summary>
public sealed class NarrationTests
{
    [Fact]
    public void Explain_MiniProject_TellsEachForwardValue()
    {
        string text = Narration.Explain(GraphSamples.MiniProject());
        Assert.Contains("x = 2 (input)", text, StringComparison.Ordinal);
        Assert.Contains("x²y = x² × y = 12", text, StringComparison.Ordinal);
        Assert.Contains($"sin x = sin(x) = {NumberText.Format(Math.Sin(2))}", text, StringComparison.Ordinal);
        Assert.Contains($"f = x²y + sin x = {NumberText.Format(12 + Math.Sin(2))} (the output)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MiniProject_TellsTheChainRuleStepForX()
    {
        // ∂f/∂x: 3 (= y, from x²y) × 2x (= 4) via x², plus 1 × cos 2 via sin x.
        string text = Narration.Explain(GraphSamples.MiniProject());
        Assert.Contains("∂f/∂x gets 3 × 4 = 12 via x² (local derivative ∂x²/∂x = 2x = 4)", text, StringComparison.Ordinal);
        Assert.Contains($"via sin x (local derivative ∂(sin x)/∂x = cos x = {NumberText.Format(Math.Cos(2))})", text, StringComparison.Ordinal);
        Assert.Contains($"in total ∂f/∂x = {NumberText.Format(12 + Math.Cos(2))}", text, StringComparison.Ordinal);
        Assert.Contains("∂f/∂f = 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Neuron_UsesTheTanhRuleWithItsOperand()
    {
        string text = Narration.Explain(GraphSamples.Neuron(3));
        Assert.Contains("local derivative ∂out/∂", text, StringComparison.Ordinal);
        Assert.Contains("1 − tanh²", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainHtml_HostileLabels_AreEscapedAndEveryStepIsAListItem()
    {
        var graph = GraphSamples.Hostile();
        string html = Narration.ExplainHtml(graph);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2 * graph.Nodes.Count, html.Split("<li>").Length - 1);
    }
}
