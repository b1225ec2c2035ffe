namespace Lesson.Notebooks.Tests;

/// <summary>
/// A second, independent real host: dotnet-repl (local tool from .config/dotnet-tools.json) runs each
/// solution notebook from its own folder, as a learner's kernel would start there. It exits 2 when
/// any cell fails. Unlike the in-process tests, this host loads its own FSharp.Core, so it also shows
/// whether the charts survive the FSharp.Core version clash.
/// </summary>
[Trait("Category", "Notebooks")]
public sealed class DotnetReplTests
{
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public async Task DotnetRepl_RunsSolutionNotebookWithExitCodeZero(string name)
    {
        var notebook = LessonFolders.Solution(name);
        Assert.True(File.Exists(notebook), $"missing {notebook}");
        var output = Path.Combine(Path.GetTempPath(), "lesson-tests", $"{name}-{Guid.NewGuid():N}.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var (exitCode, log) = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet, LessonFolders.Solutions, TimeSpan.FromMinutes(15),
            "tool", "run", "dotnet-repl", "--", "--run", notebook, "--exit-after-run", "--output-path", output);

        Assert.True(exitCode == 0, $"dotnet repl exited {exitCode} on {name}:\n{log}\n{ErrorsIn(output)}");
        Assert.True(File.Exists(output), $"dotnet repl wrote no executed notebook for {name}");
        HostOutputs.AssertDrawn(name, File.ReadAllText(output));
    }

    // dotnet-repl writes failing cells' errors into its output notebook; show them on failure.
    private static string ErrorsIn(string executed) =>
        File.Exists(executed)
            ? string.Join("\n", System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(executed), "\"evalue\":\\s*\"([^\"]*)\"").Select(m => m.Groups[1].Value))
            : "";
}
