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
        OwnPortRange(Path.Combine(kernels, ".net-csharp", "kernel.json"));
    }

    // Every kernel the spec starts serves HTTP on the first free port of 2048-3000, found by
    // probing and then binding: two kernels starting at once on one machine (other test runs)
    // can pick the same port and one fails. A range of this run's own makes that unlikely.
    private static void OwnPortRange(string kernelJson)
    {
        var spec = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(kernelJson))!;
        var argv = spec["argv"]!.AsArray();
        var first = 20_000 + (Random.Shared.Next(0, 800) * 50);
        for (var i = 0; i < argv.Count; i++)
        {
            if (argv[i]!.GetValue<string>() == "--http-port-range" && i + 1 < argv.Count)
                argv[i + 1] = $"{first}-{first + 49}";
        }
        File.WriteAllText(kernelJson, spec.ToJsonString());
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a kernel may still hold a file; the temp folder is cleaned later */ }
        return Task.CompletedTask;
    }
}
