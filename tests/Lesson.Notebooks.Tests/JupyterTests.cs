namespace Lesson.Notebooks.Tests;

/// <summary>
/// A third real host: Jupyter with the .NET Interactive kernel (the way the lesson keeps working
/// now that the Polyglot Notebooks extension is deprecated). The kernel spec is installed into a
/// private folder for the test run; `jupyter nbconvert --execute` starts the kernel in the
/// notebook's folder, as Jupyter does, and stops at the first failing cell.
/// </summary>
[Trait("Category", "Notebooks")]
public sealed class JupyterTests(JupyterKernelSpec kernel) : IClassFixture<JupyterKernelSpec>
{
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public async Task Jupyter_ExecutesSolutionNotebookWithTheDotnetKernel(string name)
    {
        var output = Path.Combine(kernel.Folder, "out", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);

        var (exitCode, log) = await ProcessRunner.RunWithEnvironmentAsync(
            "jupyter", LessonFolders.Solutions, TimeSpan.FromMinutes(5), kernel.Environment,
            "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
            "--ExecutePreprocessor.timeout=300", "--output-dir", output, LessonFolders.Solution(name));

        Assert.True(exitCode == 0, $"jupyter nbconvert exited {exitCode} on {name}:\n{log}");
        HostOutputs.AssertDrawn(name, File.ReadAllText(Path.Combine(output, name + ".ipynb")));
    }
}

/// <summary>The .NET (C#) kernel spec from the dotnet-interactive local tool, in a temp folder
/// that JUPYTER_PATH points at, so the test never touches the user's Jupyter set-up.</summary>
public sealed class JupyterKernelSpec : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "lesson-jupyter-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["JUPYTER_PATH"] = Folder };

    public async Task InitializeAsync()
    {
        var kernels = Path.Combine(Folder, "kernels");
        Directory.CreateDirectory(kernels);
        var (exitCode, log) = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, LessonFolders.Root, TimeSpan.FromMinutes(2),
            "interactive", "jupyter", "install", "--path", kernels);
        Assert.True(exitCode == 0, $"dotnet interactive jupyter install failed:\n{log}");
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a kernel may still hold a file; the temp folder is cleaned later */ }
        return Task.CompletedTask;
    }
}
