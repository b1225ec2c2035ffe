using Microsoft.Playwright;

namespace Lesson.FrontEnd.Tests;

/// <summary>
/// One notebook open in the classic Notebook, used as a learner uses it: menus, clicks in the
/// editor, Shift+Enter. The page's <c>Jupyter.notebook</c> object is read only to wait for
/// conditions (kernel connected and idle, no cell still running) and to find cells by content.
/// </summary>
internal sealed class LearnerView(IBrowserContext context, IPage page, JupyterServer server, string relativePath) : IAsyncDisposable
{
    /// <summary>Limit for the kernel to start and connect (a cold .NET kernel on a busy machine).</summary>
    public static readonly TimeSpan KernelStart = TimeSpan.FromMinutes(4);

    /// <summary>Limit for one Run All of a notebook (separate from the kernel's start).</summary>
    public static readonly TimeSpan RunAll = TimeSpan.FromMinutes(10);

    /// <summary>Limit for one or two cells run by hand.</summary>
    public static readonly TimeSpan RunCells = TimeSpan.FromMinutes(3);

    private readonly List<string> _pageErrors = [];

    public IPage Page => page;

    /// <summary>Requests that tried to leave 127.0.0.1 and were aborted.</summary>
    public List<string> BlockedRequests { get; } = [];

    /// <summary>Uncaught script errors on the page.</summary>
    public IReadOnlyList<string> PageErrors => _pageErrors;

    public Task BlockNetworkAsync() => context.RouteAsync("**/*", async route =>
    {
        var url = new Uri(route.Request.Url);
        if (url.IsLoopback) await route.ContinueAsync();
        else
        {
            lock (BlockedRequests) BlockedRequests.Add(route.Request.Url);
            await route.AbortAsync();
        }
    });

    public async Task OpenAsync()
    {
        page.PageError += (_, error) => { lock (_pageErrors) _pageErrors.Add(error); };
        await page.GotoAsync(server.NotebookUrl(relativePath), new() { Timeout = (float)KernelStart.TotalMilliseconds });
        await page.WaitForFunctionAsync(Scripts.KernelReady, null, new() { Timeout = (float)KernelStart.TotalMilliseconds, PollingInterval = 250 });
    }

    /// <summary>Cell ▸ Run All from the menu bar, then waits until no cell is queued or running and
    /// the kernel is idle (or an error stopped the run).</summary>
    public async Task RunAllAsync()
    {
        await page.ClickAsync("#celllink");
        await page.ClickAsync("#run_all_cells > a");
        await WaitUntilSettledAsync(RunAll);
    }

    /// <summary>Code cells that have not run (no execution count), by index.</summary>
    public Task<int[]> UnrunCodeCellsAsync() => page.EvaluateAsync<int[]>(Scripts.UnrunCodeCells);

    /// <summary>Every error output, and every stderr stream, as "cell i: text".</summary>
    public Task<string[]> ErrorOutputsAsync() => page.EvaluateAsync<string[]>(Scripts.ErrorOutputs);

    /// <summary>The index of the first cell whose source contains <paramref name="text"/>.</summary>
    public async Task<int> CellIndexAsync(string text)
    {
        int index = await page.EvaluateAsync<int>(Scripts.CellIndex, text);
        Assert.True(index >= 0, $"{relativePath} has no cell containing \"{text}\"");
        return index;
    }

    /// <summary>The cell element at <paramref name="index"/> (markdown cells count).</summary>
    public ILocator Cell(int index) => page.Locator("#notebook-container > .cell").Nth(index);

    /// <summary>The output area of the cell at <paramref name="index"/>.</summary>
    public ILocator Output(int index) => Cell(index).Locator(".output_wrapper");

    /// <summary>Replaces the text of the code cell at <paramref name="index"/> as a learner does:
    /// click into its editor, select all, type (inserted as one input, so the editor's automatic
    /// brackets and indentation do not add to it).</summary>
    public async Task ReplaceCellTextAsync(int index, string text)
    {
        await Cell(index).Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(text);
    }

    /// <summary>Shift+Enter <paramref name="cells"/> times from the cell at <paramref name="index"/>
    /// (each press runs the selected cell and selects the next), then waits until they have run.</summary>
    public async Task RunFromAsync(int index, int cells)
    {
        int before = await page.EvaluateAsync<int>(Scripts.HighestExecutionCount);
        await Cell(index).Locator(".CodeMirror").ClickAsync();
        for (int i = 0; i < cells; i++) await page.Keyboard.PressAsync("Shift+Enter");
        await page.WaitForFunctionAsync(Scripts.RanSince, new object[] { index, cells, before },
            new() { Timeout = (float)RunCells.TotalMilliseconds, PollingInterval = 250 });
        await WaitUntilSettledAsync(RunCells);
    }

    /// <summary>File ▸ Save and Checkpoint, as Ctrl+S in command mode.</summary>
    public async Task SaveAsync()
    {
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Control+S");
    }

    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(RepositoryRoot.Screenshots, name + ".png") });

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await server.ShutDownSessionsAsync();
    }

    private async Task WaitUntilSettledAsync(TimeSpan limit) =>
        await page.WaitForFunctionAsync(Scripts.Settled, null, new() { Timeout = (float)limit.TotalMilliseconds, PollingInterval = 250 });
}
