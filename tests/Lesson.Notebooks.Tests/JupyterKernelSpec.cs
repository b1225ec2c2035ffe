namespace Lesson.Notebooks.Tests;

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
        var (exitCode, log) = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, LessonFolders.Root, TimeSpan.FromMinutes(10),
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
