namespace Lesson.Notebooks.Tests;

/// <summary>
/// The published pages opened straight from disk in headless chromium with every network request
/// refused: the graph and the chart must still be drawn. Screenshots go to artifacts/test-screenshots/.
/// </summary>
[Collection(PublishedLessonGroup.Name)]
[Trait("Category", "Browser")]
public sealed class BrowserTests(PublishedLesson lesson)
{
    private static readonly string[] GraphNodes = ["x", "y", "x²", "x²y", "sin x", "f"];

    [Fact]
    public async Task MiniProjectPage_Offline_DrawsTheGraphAndTheErrorChart()
    {
        await using var browser = await OfflineBrowser.OpenAsync(lesson.Page("04-mini-project-graph-sketch"));

        await browser.Page.WaitForSelectorAsync(".js-plotly-plot .scatterlayer .trace", new() { Timeout = 15_000 });
        var traces = await browser.Page.Locator(".js-plotly-plot .scatterlayer .trace").CountAsync();
        var svgTexts = await browser.Page.EvaluateAsync<string[][]>(
            "() => Array.from(document.querySelectorAll('svg')).filter(s => s.getBoundingClientRect().width > 0).map(s => Array.from(s.querySelectorAll('text')).map(t => t.textContent.trim()))");
        await browser.Page.EvaluateAsync(
            "() => Array.from(document.querySelectorAll('svg')).find(s => s.textContent.includes('x²y'))?.scrollIntoView({ block: 'center' })");
        await browser.ScreenshotAsync("04-mini-project-graph-sketch");

        Assert.Contains(svgTexts, texts => GraphNodes.All(texts.Contains));
        Assert.True(traces > 0, "the error chart drew no traces");
        Assert.Empty(browser.Blocked);
    }

    [Fact]
    public async Task StarterPage_Offline_DrawsTheErrorChart()
    {
        await using var browser = await OfflineBrowser.OpenAsync(lesson.Page("01-starter"));

        await browser.Page.WaitForSelectorAsync(".js-plotly-plot .scatterlayer .trace", new() { Timeout = 15_000 });
        var traces = await browser.Page.Locator(".js-plotly-plot .scatterlayer .trace").CountAsync();
        await browser.Page.Locator(".js-plotly-plot").First.ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("01-starter");

        Assert.True(traces > 0);
        Assert.Empty(browser.Blocked);
    }

    [Fact]
    public async Task IndexPage_Offline_LinksEveryNotebook()
    {
        await using var browser = await OfflineBrowser.OpenAsync(Path.Combine(lesson.Folder, "index.html"));

        var links = await browser.Page.Locator("table.runs a").AllTextContentsAsync();
        await browser.ScreenshotAsync("index");

        Assert.Equal(LessonFolders.Names, links);
    }
}
