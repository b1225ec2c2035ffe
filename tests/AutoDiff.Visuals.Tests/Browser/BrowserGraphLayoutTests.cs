namespace AutoDiff.Visuals.Tests.Browser;

/// <summary>Graphs rendered by a real chromium: boxes apart, labels inside, edges on borders.</summary>
[Collection("Browser")]
[Trait("Category", "Browser")]
public sealed class BrowserGraphLayoutTests(BrowserFixture browser)
{
    private const double Tolerance = 1.5;

    public static TheoryData<string> Samples => ["mini-project", "diamond", "neuron", "wide-sum", "deep-chain"];

    private static ComputationGraph Sample(string name) => name switch
    {
        "mini-project" => GraphSamples.MiniProject(),
        "diamond" => GraphSamples.Diamond(),
        "neuron" => GraphSamples.Neuron(),
        "wide-sum" => GraphSamples.WideSum(),
        "deep-chain" => GraphSamples.DeepChain(),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Graph_InBrowser_NodeBoxesDoNotOverlap(string name)
    {
        var geometry = await RenderAsync(name);
        Assert.NotEmpty(geometry.Nodes);
        for (int i = 0; i < geometry.Nodes.Count; i++)
            for (int j = i + 1; j < geometry.Nodes.Count; j++)
                Assert.False(geometry.Nodes[i].Box.Overlaps(geometry.Nodes[j].Box),
                    $"{name}: node {geometry.Nodes[i].Id} {geometry.Nodes[i].Box} overlaps node {geometry.Nodes[j].Id} {geometry.Nodes[j].Box}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Graph_InBrowser_EveryLabelFitsInsideItsBox(string name)
    {
        var geometry = await RenderAsync(name);
        foreach (var node in geometry.Nodes)
            foreach (var text in node.Texts)
                Assert.True(node.Box.Contains(text.Box), $"{name}: text '{text.Text}' {text.Box} leaves node {node.Id} {node.Box}");
        foreach (var pill in geometry.Pills)
            Assert.True(pill.Box.Contains(pill.Text.Box), $"{name}: edge label '{pill.Text.Text}' {pill.Text.Box} leaves its pill {pill.Box}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Graph_InBrowser_EveryEdgeStartsAndEndsOnItsNodesBorders(string name)
    {
        var geometry = await RenderAsync(name);
        var byId = geometry.Nodes.ToDictionary(n => n.Id);
        Assert.NotEmpty(geometry.Edges);
        foreach (var e in geometry.Edges)
        {
            var from = byId[e.From].Box;
            var to = byId[e.To].Box;
            Assert.True(Math.Abs(e.X1 - from.Right) <= Tolerance && e.Y1 >= from.Y - Tolerance && e.Y1 <= from.Bottom + Tolerance,
                $"{name}: edge {e.From}→{e.To} starts at ({e.X1}, {e.Y1}), not on the right border of {from}");
            Assert.True(Math.Abs(e.X2 - to.X) <= Tolerance && e.Y2 >= to.Y - Tolerance && e.Y2 <= to.Bottom + Tolerance,
                $"{name}: edge {e.From}→{e.To} ends at ({e.X2}, {e.Y2}), not on the left border of {to}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Graph_InBrowser_EdgeLabelsDoNotCoverNodes(string name)
    {
        var geometry = await RenderAsync(name);
        foreach (var pill in geometry.Pills)
            foreach (var node in geometry.Nodes)
                Assert.False(pill.Box.Overlaps(node.Box), $"{name}: label of edge {pill.From}→{pill.To} {pill.Box} covers node {node.Id} {node.Box}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Graph_InBrowser_ScreenshotIsSaved(string name)
    {
        var graph = Sample(name);
        var page = await browser.OpenAsync(HtmlPage.Wrap(name, GraphSvg.RenderHtml(graph)));
        double width = await page.EvaluateAsync<double>("() => document.querySelector('svg.autodiff-graph').getBoundingClientRect().width");
        await page.SetViewportSizeAsync((int)Math.Clamp(width + 60, 600, 6000), 900);
        await page.AddStyleTagAsync(new() { Content = ".autodiff-graph-view{overflow:visible !important}" });
        string path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"graph-{name}.png");
        await page.Locator(".autodiff-graph-view").ScreenshotAsync(new() { Path = path });
        await page.Context.CloseAsync();
        Assert.True(new FileInfo(path).Length > 1000, $"{path} is (nearly) empty");
    }

    [Fact]
    public async Task Graph_OnVsCodeDarkBackground_ScreenshotIsSaved()
    {
        // VS Code's dark theme: background #1e1e1e, light host text.
        string html = HtmlPage.Wrap("dark", GraphSvg.RenderHtml(GraphSamples.WideSum()) + BackpropSteps.RenderHtml(GraphSamples.MiniProject()))
            .Replace("<body>", "<body style=\"background:#1e1e1e;color:#cccccc\">", StringComparison.Ordinal);
        var page = await browser.OpenAsync(html, width: 1500);
        string path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dark-theme.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        await page.Context.CloseAsync();
        Assert.True(new FileInfo(path).Length > 1000, $"{path} is (nearly) empty");
    }

    private async Task<PageGeometry> RenderAsync(string name)
    {
        var page = await browser.OpenAsync(HtmlPage.Wrap(name, GraphSvg.RenderHtml(Sample(name))));
        try
        {
            return await PageGeometry.ReadAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
