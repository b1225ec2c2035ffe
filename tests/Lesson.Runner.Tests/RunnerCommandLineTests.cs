namespace Lesson.Runner.Tests;

/// <summary>
/// The runner's command line as a user meets it: help exits 0 and lists the options; a wrong
/// command, option or value exits 2 with a message naming it, followed by the command's help.
/// None of these runs a notebook.
/// </summary>
public sealed class RunnerCommandLineTests
{
    // Only stops a runner that hangs; starting dotnet on a busy machine can take many seconds.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Help_ExitsZeroAndNamesEveryCommandAndTheExitCodes()
    {
        var (exitCode, output) = await LessonRunner.RunAsync(Limit, "--help");

        Assert.Equal(0, exitCode);
        Assert.All(new[] { "run", "generate", "clean", "Exit codes" }, word => Assert.Contains(word, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("run", "--timeout SECONDS")]
    [InlineData("generate", "--check")]
    [InlineData("clean", "--check")]
    public async Task CommandHelp_ExitsZeroAndListsThatCommandsOptions(string command, string option)
    {
        var (exitCode, output) = await LessonRunner.RunAsync(Limit, command, "--help");

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Usage: dotnet run --project lib/Lesson.Runner -- {command}", output, StringComparison.Ordinal);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "run", "--bogus" }, "Unknown option --bogus for run.")]
    [InlineData(new[] { "run", "--timeout", "0" }, "--timeout needs a number of seconds above 0")]
    [InlineData(new[] { "run", "--output", "--plain" }, "--output needs a value.")]
    [InlineData(new[] { "run", "--output", "" }, "--output needs a folder, not an empty name")]
    [InlineData(new[] { "generate", "--force" }, "Unknown option --force; the only option is --check.")]
    [InlineData(new[] { "publish" }, "Unknown command \"publish\"")]
    [InlineData(new string[0], "Name a command")]
    public async Task WrongCommandLine_ExitsTwoNamingTheMistakeThenShowsHelp(string[] args, string message)
    {
        var (exitCode, output) = await LessonRunner.RunAsync(Limit, args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(message, output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }
}
