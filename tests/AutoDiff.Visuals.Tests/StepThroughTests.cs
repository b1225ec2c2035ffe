namespace AutoDiff.Visuals.Tests;

/// <summary>The replayed reverse sweep agrees with the tape's own backward pass and with calculus.</summary>
public sealed class StepThroughTests
{
    [Fact]
    public void Frames_MiniProject_FinalAdjointsAreTheAnalyticGradient()
    {
        var frames = BackpropSteps.Frames(GraphSamples.MiniProject());
        double Adjoint(string label) => frames.Single(f => f.Node.Label == label).Adjoint;
        Assert.Equal(2 * 2 * 3 + Math.Cos(2), Adjoint("x"), 12); // ∂f/∂x = 2xy + cos x
        Assert.Equal(4, Adjoint("y"), 12);                       // ∂f/∂y = x²
    }

    [Theory]
    [InlineData(5)]
    [InlineData(15)]
    public void Frames_Neuron_AgreeWithTheTapesBackwardPass(int inputs)
    {
        var graph = GraphSamples.Neuron(inputs);
        foreach (var frame in BackpropSteps.Frames(graph))
            Assert.Equal(frame.Node.Adjoint, frame.Adjoint, 12);
    }

    [Fact]
    public void Frames_EachTerm_IsUpstreamTimesLocalAndTheRunningSumAddsUp()
    {
        foreach (var frame in BackpropSteps.Frames(GraphSamples.Diamond()))
        {
            double sum = frame.IsSeed ? 1 : 0;
            foreach (var t in frame.Terms)
            {
                Assert.Equal(t.UpstreamAdjoint * t.LocalDerivative, t.Product, 15);
                sum += t.Product;
                Assert.Equal(sum, t.RunningSum, 15);
            }
            Assert.Equal(sum, frame.Adjoint, 15);
        }
    }

    [Fact]
    public void Frames_Order_StartsAtTheOutputAndVisitsEveryUserBeforeItsOperand()
    {
        var graph = GraphSamples.Neuron(6);
        var frames = BackpropSteps.Frames(graph);
        Assert.Equal(graph.Nodes.Count, frames.Count);
        Assert.True(frames[0].IsSeed);
        Assert.Equal(graph.OutputId, frames[0].Node.Id);
        var step = frames.ToDictionary(f => f.Node.Id, f => f.Step);
        foreach (var e in graph.Edges) Assert.True(step[e.Child] < step[e.Parent]);
    }

    [Fact]
    public void Frames_Diamond_SumsBothPathsToX()
    {
        // f = sin x · cos x: ∂f/∂x = cos² x − sin² x = cos 2x, reached over two edges.
        var x = BackpropSteps.Frames(GraphSamples.Diamond(0.7)).Single(f => f.Node.Label == "x");
        Assert.Equal(2, x.Terms.Count);
        Assert.Equal(Math.Cos(1.4), x.Adjoint, 12);
    }

    [Fact]
    public void RenderHtml_HasAFramePerNodeAScriptAndNoExternalReferences()
    {
        var graph = GraphSamples.MiniProject();
        string html = BackpropSteps.RenderHtml(graph);
        Assert.Equal(graph.Nodes.Count, html.Split("class=\"adbp-frame\"").Length - 1);
        Assert.Contains("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://cdn", html, StringComparison.Ordinal);
        Assert.Equal(html, BackpropSteps.RenderHtml(GraphSamples.MiniProject()));
    }

    [Fact]
    public void RenderHtml_HostileLabels_AreEscaped()
    {
        string html = BackpropSteps.RenderHtml(GraphSamples.Hostile());
        Assert.Single(html.Split("<script>")[1..]); // only the player's own script
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }
}
