namespace Lesson.FrontEnd.Tests;

/// <summary>
/// README's Jupyter steps, copied from README.md and run as written in a fresh HOME (no kernels
/// folder, no Jupyter set-up): the kernel they register must start and load the lesson. Only the
/// server's port and token come from a config file in that HOME, so the test can reach it.
/// </summary>
[Trait("Category", "FrontEnd")]
public sealed class ReadmeJupyterStepsTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "lesson-fresh-home-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ReadmeJupyterSteps_InAFreshHome_RegisterTheKernelTheNotebooksName_AndItRunsTheSetupCells()
    {
        string steps = ReadmeSteps.BashBlockWith("dotnet interactive jupyter install");
        Assert.False(Directory.Exists(Path.Combine(_home, ".local")), "the HOME must be fresh");
        int port = FreePort.Next();
        string token = Guid.NewGuid().ToString("N");
        WriteServerConfig(port, token);

        using var server = new JupyterServer(new BackgroundProcess("bash", RepositoryRoot.Path, FreshHomeEnvironment(), "-euc", steps), port, token);
        await server.WaitUntilServingAsync(TimeSpan.FromMinutes(5));

        Assert.Contains(".net-csharp", await server.KernelSpecsAsync());
        string kernel = await server.StartKernelAsync("00-start-here.ipynb", ".net-csharp");
        foreach (var cell in SetupCells.Of(Path.Combine(RepositoryRoot.Notebooks, "00-start-here.ipynb")))
        {
            var result = await KernelChannel.ExecuteAsync(server.ChannelsUri(kernel), cell, TimeSpan.FromMinutes(5));
            Assert.False(result.HadError, $"The setup cell failed in the kernel README's steps registered:\n{cell}\n{result.Outputs}\n{server.Log}");
            if (cell.Contains("Lesson.Setup(", StringComparison.Ordinal))
                Assert.Contains("charts ready", result.Outputs, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { /* a kernel may still hold a file; the temp folder is cleaned later */ }
    }

    // Port, token, no browser, root allowed (tests run as root in CI): server settings only.
    private void WriteServerConfig(int port, string token)
    {
        string config = Path.Combine(_home, ".jupyter");
        Directory.CreateDirectory(config);
        File.WriteAllText(Path.Combine(config, "jupyter_notebook_config.py"), $"""
            c.NotebookApp.ip = "127.0.0.1"
            c.NotebookApp.port = {port}
            c.NotebookApp.port_retries = 0
            c.NotebookApp.token = "{token}"
            c.NotebookApp.open_browser = False
            c.NotebookApp.allow_root = True
            """);
    }

    // A fresh HOME; the NuGet package cache of the real one is reused so nothing is downloaded.
    private Dictionary<string, string> FreshHomeEnvironment()
    {
        string realHome = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new Dictionary<string, string>
        {
            ["HOME"] = _home,
            ["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                ? packages : Path.Combine(realHome, ".nuget", "packages"),
            ["JUPYTER_PATH"] = "",
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(_home, ".jupyter"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
    }
}
