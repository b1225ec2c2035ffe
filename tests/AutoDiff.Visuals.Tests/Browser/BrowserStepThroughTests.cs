namespace AutoDiff.Visuals.Tests.Browser;

/// <summary>The backprop player in a real chromium, with scripts on (one frame at a time, controls
/// work) and off (every frame readable, no dead controls).</summary>
[Collection("Browser")]
[Trait("Category", "Browser")]
public sealed class BrowserStepThroughTests(BrowserFixture browser)
{
    private static string Page() => HtmlPage.Wrap("backprop", BackpropSteps.RenderHtml(GraphSamples.MiniProject()));

    [Fact]
    public async Task StepThrough_WithScripts_ShowsOneFrameAndNextAdvancesToTheNextNode()
    {
        var page = await browser.OpenAsync(Page(), javaScript: true, width: 900);
        var frames = page.Locator(".adbp-frame");
        int total = await frames.CountAsync();
        Assert.Equal(GraphSamples.MiniProject().Nodes.Count, total);
        Assert.Equal(1, await page.Locator(".adbp-frame:visible").CountAsync());
        Assert.Equal("1", await page.Locator(".adbp-frame:visible").GetAttributeAsync("data-step"));

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "next" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "next" }).ClickAsync();
        var visible = page.Locator(".adbp-frame:visible");
        Assert.Equal("3", await visible.GetAttributeAsync("data-step"));
        string? nodeId = await visible.GetAttributeAsync("data-node-id");
        Assert.Equal(1, await page.Locator($"g.ad-node.adbp-visit[data-node-id='{nodeId}']").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "backprop-js-step3.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StepThrough_FusedNode_HighlightsEachOfItsEdgesAtItsStepAndAtEachOperandsStep()
    {
        // f = sin(b + w₀x₀ + w₁x₁): step 2 visits the fused node, steps 3 to 7 its five operands.
        var t = new Tape();
        var w = t.Variables([0.5, -1.5], ["w0", "w1"]);
        var x = t.Variables([2.0, 3.0], ["x0", "x1"]);
        var r = Value.Affine(w, x, t.Variable(0.25, "b")).Named("r");
        var f = Value.Sin(r).Named("f");
        f.Backward();
        var graph = f.ToGraph();
        var page = await browser.OpenAsync(HtmlPage.Wrap("fused backprop", BackpropSteps.RenderHtml(graph)), javaScript: true, width: 1200);
        var next = page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "next" });
        await next.ClickAsync();
        Assert.Equal(r.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await page.Locator(".adbp-frame:visible").GetAttributeAsync("data-node-id"));
        var into = page.Locator($"path.ad-edge[data-to='{r.Index}']");
        Assert.Equal(5, await into.CountAsync());
        Assert.Equal(5, await page.Locator($"path.ad-edge.adbp-send[data-to='{r.Index}']").CountAsync());
        Assert.Equal(5, await page.Locator(".adbp-frame:visible table.adbp-sends tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "backprop-fused-step2.png"), FullPage = true });
        for (int step = 3; step <= graph.Nodes.Count; step++)
        {
            await next.ClickAsync();
            string? id = await page.Locator(".adbp-frame:visible").GetAttributeAsync("data-node-id");
            Assert.Equal(1, await page.Locator($"path.ad-edge.adbp-flow[data-from='{id}'][data-to='{r.Index}']").CountAsync());
            Assert.Equal(0, await page.Locator("path.ad-edge.adbp-send").CountAsync());
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StepThrough_WithoutScripts_ShowsEveryFrameAndNoControls()
    {
        var page = await browser.OpenAsync(Page(), javaScript: false, width: 1100);
        int total = await page.Locator(".adbp-frame").CountAsync();
        Assert.Equal(GraphSamples.MiniProject().Nodes.Count, total);
        Assert.Equal(total, await page.Locator(".adbp-frame:visible").CountAsync());
        Assert.Equal(0, await page.Locator("button").CountAsync());
        string text = await page.Locator(".adbp-frames").InnerTextAsync();
        Assert.Contains("Step 6 of 6", text, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "backprop-no-js.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Narration_InBrowser_ScreenshotIsSaved()
    {
        var page = await browser.OpenAsync(HtmlPage.Wrap("narration", Narration.ExplainHtml(GraphSamples.MiniProject())), width: 1000);
        Assert.Equal(GraphSamples.MiniProject().Nodes.Count * 2, await page.Locator("li").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "narration-mini-project.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Graph_WithHostileLabels_RunsNoScriptAndShowsTheText()
    {
        string html = HtmlPage.Wrap("hostile", GraphSvg.RenderHtml(GraphSamples.Hostile()) + BackpropSteps.RenderHtml(GraphSamples.Hostile()));
        var page = await browser.OpenAsync("<!DOCTYPE html><html><body></body></html>");
        bool alerted = false;
        page.Dialog += (_, d) => { alerted = true; _ = d.DismissAsync(); };
        await page.SetContentAsync(html);
        Assert.False(alerted);
        Assert.Equal(0, await page.Locator("img").CountAsync());
        string labels = string.Join("\n", await page.Locator("svg.autodiff-graph text.ad-label").AllTextContentsAsync());
        Assert.Contains("<script>alert(1)</script>", labels, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
