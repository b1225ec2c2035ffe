using AutoDiff.Nn;
using AutoDiff.Visuals.Tests.Browser;
using Microsoft.Playwright;

namespace AutoDiff.Visuals.Tests;

/// <summary>Chart pages in a real chromium with the network off: the self-contained page draws
/// its traces from the inlined plotly.js; a bare fragment says plotly.js is missing.</summary>
[Collection("Browser")]
[Trait("Category", "Browser")]
public sealed class ChartBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string> Charts => ["error", "gradient-cost", "jacobian-cost", "checkpointing", "training"];

    private static Plotly.NET.GenericChart Chart(string name) => name switch
    {
        "error" => ErrorChart.Create(),
        "gradient-cost" => CostChart.Gradient(CostModel.GradientCost([1, 4, 16, 64])),
        "jacobian-cost" => CostChart.Jacobian(CostModel.JacobianCost(8, [1, 4, 16, 64])),
        "checkpointing" => CheckpointChart.Create(Checkpointing.Sweep(v => Value.Sin(v) * 0.9 + 0.1, 0.5, 300, [0, 3, 10, 17])),
        "training" => TrainingChart.Create([new TrainingStep(0, 1.2, 0.5, 10), new TrainingStep(1, 0.8, 0.7, 10), new TrainingStep(2, 0.5, 0.9, 10)]),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task Page_Offline_DrawsItsTraces(string name)
    {
        var chart = Chart(name);
        var (page, requests) = await OpenOfflineAsync(ChartHtml.Page(chart));
        await page.WaitForSelectorAsync(".scatterlayer .trace", new() { Timeout = 15_000 });
        int drawn = await page.Locator(".scatterlayer .trace").CountAsync();
        int paths = await page.Locator(".scatterlayer .trace path.js-line, .scatterlayer .trace path.point").CountAsync();
        // Traces hidden behind their legend entry ("legendonly") are not drawn until clicked.
        int visible = ChartJson.Traces(chart).Count(t => !(t.TryGetProperty("visible", out var v) && v.GetString() == "legendonly"));
        Assert.Equal(visible, drawn);
        Assert.True(paths > 0, $"{name}: no line or marker paths drawn");
        Assert.Empty(requests);
        Assert.False(await page.Locator("figcaption[data-autodiff-fallback]").IsVisibleAsync(), "fallback caption still shown after drawing");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"chart-{name}.png"), FullPage = true });
    }

    [Fact]
    public async Task Fragment_WithoutPlotly_Offline_SaysWhatIsMissing()
    {
        string html = "<!DOCTYPE html><html><body>" + ChartHtml.Render(Chart("training")) + "</body></html>";
        var (page, _) = await OpenOfflineAsync(html);
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('could not be loaded')", null, new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator(".scatterlayer .trace").CountAsync());
        Assert.True(await page.Locator("figcaption").IsVisibleAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NotebookPlotlyJsOutput_ThenAFragment_Offline_DrawsIt_AsGlobalAndAsNamedAmdModule(bool pageHasAmdLoader)
    {
        // A stand-in for require.js (classic Jupyter): records named modules, fails on anonymous ones.
        const string amd = "<script>window.amdModules = {}; window.define = function (name, deps, f) { if (typeof name !== 'string') throw new Error('anonymous define'); window.amdModules[name] = f(); }; window.define.amd = {};</script>";
        string html = "<!DOCTYPE html><html><body>" + (pageHasAmdLoader ? amd : "") +
            PlotlyJsOutput.Html() + ChartHtml.Render(Chart("training")) + "</body></html>";
        var (page, requests) = await OpenOfflineAsync(html);
        await page.WaitForSelectorAsync(".scatterlayer .trace", new() { Timeout = 15_000 });
        Assert.Empty(requests);
        Assert.Equal(pageHasAmdLoader, await page.EvaluateAsync<bool>("() => !!(window.amdModules && window.amdModules.plotly === window.Plotly)"));
        Assert.Equal(PlotlyJsReader.EmbeddedPlotlyJs.Version, await page.EvaluateAsync<string>("() => window.Plotly.version"));
    }

    private async Task<(IPage Page, List<string> Requests)> OpenOfflineAsync(string html)
    {
        var context = await browser.Browser.NewContextAsync(new() { Offline = true, ViewportSize = new() { Width = 1100, Height = 800 } });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        await page.SetContentAsync(html, new() { Timeout = 30_000 });
        return (page, requests);
    }
}
