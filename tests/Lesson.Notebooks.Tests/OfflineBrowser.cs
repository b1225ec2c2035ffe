using Microsoft.Playwright;

namespace Lesson.Notebooks.Tests;

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
