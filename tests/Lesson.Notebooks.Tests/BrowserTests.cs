using Microsoft.Playwright;

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

/// <summary>Debian's chromium driven by Playwright, with the network cut off.</summary>
internal sealed class OfflineBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every non-file request the page tried to make (all refused).</summary>
    public List<string> Blocked { get; } = [];

    public static async Task<OfflineBrowser> OpenAsync(string file)
    {
        Assert.True(File.Exists(file), $"missing {file}");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var result = new OfflineBrowser(playwright, browser, page);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                await route.ContinueAsync();
            else
            {
                lock (result.Blocked)
                    result.Blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        return result;
    }

    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(LessonFolders.Root, "artifacts", "test-screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
