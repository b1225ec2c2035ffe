using Microsoft.Playwright;

namespace Lesson.FrontEnd.Tests;

/// <summary>
/// Debian's classic Jupyter Notebook serving a scratch copy of the lesson (the learner and solution
/// notebooks, with <c>artifacts/</c> linked to the built library and the local tool manifest that
/// starts the .NET kernel), the .NET (C#) kernel registered in a temporary JUPYTER_PATH, and one
/// headless Debian chromium driven by Playwright. The copy keeps the repository's notebooks clean
/// whatever the Notebook saves.
/// </summary>
public sealed class NotebookFrontEnd : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "lesson-front-end-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private JupyterServer? _server;

    internal JupyterServer Server => _server ?? throw new InvalidOperationException("The notebook server is not started.");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The served copy of <paramref name="relativePath"/> (what the Notebook saves to).</summary>
    public string ServedFile(string relativePath) => Path.Combine(_scratch, relativePath);

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"Front-end tests need Debian's chromium at {Chromium}: apt-get install chromium.");
        CopyLesson();
        string kernels = Path.Combine(_scratch, "jupyter", "kernels");
        Directory.CreateDirectory(kernels);
        using (var install = new BackgroundProcess("dotnet", RepositoryRoot.Path, new Dictionary<string, string>(),
            "interactive", "jupyter", "install", "--path", kernels))
        {
            await Wait.UntilAsync(() => Task.FromResult(install.HasExited ? "done" : null), TimeSpan.FromMinutes(3), () => "dotnet interactive jupyter install");
            Assert.True(File.Exists(Path.Combine(kernels, ".net-csharp", "kernel.json")), "dotnet interactive jupyter install wrote no .net-csharp kernel:\n" + install.Output);
        }
        _server = JupyterServer.StartNotebook(_scratch, new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(_scratch, "jupyter"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(_scratch, "jupyter-config"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(_scratch, "jupyter-runtime"),
        });
        await _server.WaitUntilServingAsync(TimeSpan.FromMinutes(3));

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Opens <paramref name="relativePath"/> (e.g. "notebooks/01-starter.ipynb") in the
    /// Notebook, in a fresh browser context whose requests leave 127.0.0.1 never (they are aborted
    /// and listed in <see cref="LearnerView.BlockedRequests"/>).</summary>
    internal async Task<LearnerView> OpenAsync(string relativePath)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 1600 } });
        var view = new LearnerView(context, await context.NewPageAsync(), Server, relativePath);
        await view.BlockNetworkAsync();
        await view.OpenAsync();
        return view;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        try { Directory.Delete(_scratch, recursive: true); }
        catch (IOException) { /* a kernel may still hold a file; the temp folder is cleaned later */ }
    }

    private void CopyLesson()
    {
        foreach (var folder in new[] { "notebooks", "solutions" })
        {
            Directory.CreateDirectory(Path.Combine(_scratch, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.ipynb"))
                File.Copy(file, Path.Combine(_scratch, folder, Path.GetFileName(file)));
        }
        Directory.CreateDirectory(Path.Combine(_scratch, ".config"));
        File.Copy(Path.Combine(RepositoryRoot.Path, ".config", "dotnet-tools.json"), Path.Combine(_scratch, ".config", "dotnet-tools.json"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "global.json"), Path.Combine(_scratch, "global.json"));
        // The notebooks' setup cell checks that they sit in the repository, marked by its solution file.
        File.Copy(Path.Combine(RepositoryRoot.Path, "Lesson-1.2.40.sln"), Path.Combine(_scratch, "Lesson-1.2.40.sln"));
        Directory.CreateSymbolicLink(Path.Combine(_scratch, "artifacts"), Path.Combine(RepositoryRoot.Path, "artifacts"));
    }
}

[CollectionDefinition(Name)]
public sealed class NotebookFrontEndGroup : ICollectionFixture<NotebookFrontEnd>
{
    public const string Name = "Notebook front end";
}
