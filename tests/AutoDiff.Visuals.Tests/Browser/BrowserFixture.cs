using Microsoft.Playwright;

namespace AutoDiff.Visuals.Tests.Browser;

/// <summary>One headless Debian chromium for all browser tests, driven by Playwright. Playwright
/// never downloads a browser here: the system chromium is named explicitly.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: artifacts/test-screenshots under the repository root.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            string path = Path.Combine(RepositoryFolders.Root, "artifacts", "test-screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"Browser tests need Debian's chromium at {Chromium}: apt-get install chromium.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }

    /// <summary>Opens <paramref name="html"/> in a fresh page (scripts on or off).</summary>
    public async Task<IPage> OpenAsync(string html, bool javaScript = true, int width = 1400)
    {
        var context = await Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        return page;
    }
}

[CollectionDefinition("Browser")]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>;
