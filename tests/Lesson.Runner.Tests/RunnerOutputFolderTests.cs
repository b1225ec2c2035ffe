namespace Lesson.Runner.Tests;

/// <summary>
/// The runner on an output folder that holds something it cannot read: a clear error naming the
/// file, exit 1, and nothing in the folder touched. None of these runs a notebook.
/// </summary>
public sealed class RunnerOutputFolderTests
{
    // Only stops a runner that hangs.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("{}", "it has no \"Name\", \"Path\" or \"Cells\"")]
    [InlineData("[1, 2", "it is not valid run JSON")]
    public async Task ResultFileThatIsNotARun_IsNamedAndNothingInTheFolderIsLost(string content, string problem)
    {
        var output = LessonRunner.TempFolder("bad-result");
        var bad = Path.Combine(output, "x.run.json");
        await File.WriteAllTextAsync(bad, content);
        await File.WriteAllTextAsync(Path.Combine(output, "index.html"), "an earlier index");

        var (exitCode, log) = await LessonRunner.RunAsync(Limit, "run", "--plain", "--output", output, "--notebook", "no-such-notebook");

        Assert.True(exitCode == 1, log);
        Assert.Contains($"{bad} is not a lesson run result: {problem}", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", log, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(bad));
        Assert.Equal("an earlier index", await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
        Assert.Equal(2, Directory.GetFiles(output).Length);
    }
}
