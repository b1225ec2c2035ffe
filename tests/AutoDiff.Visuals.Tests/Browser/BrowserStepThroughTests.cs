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
