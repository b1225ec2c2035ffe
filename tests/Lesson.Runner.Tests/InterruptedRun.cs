namespace Lesson.Runner.Tests;

/// <summary>
/// The runner stopped with SIGTERM while a notebook loops in its second cell (another notebook
/// waiting after it), shared by <see cref="RunnerInterruptTests"/>. The runner gets a temp folder of
/// its own, so that anything it leaves there can be seen.
/// </summary>
public sealed class InterruptedRun : IAsyncLifetime
{
    public string Output { get; } = LessonRunner.TempFolder("interrupted");

    public string TempFolder { get; } = LessonRunner.TempFolder("interrupted-tmp");

    public string Fixtures { get; } = FixturePaths.CopyToTemp("forever.ipynb", "basics.ipynb");

    public int ExitCode { get; private set; }

    public string Log { get; private set; } = "";

    /// <summary>The run-one children of this run still alive after it ended (their command lines).</summary>
    public IReadOnlyList<string> ChildrenLeft { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string> { ["TMPDIR"] = TempFolder };
        using var runner = new RunningRunner(environment, "run", "--plain", "--timeout", "600", "--output", Output,
            "--notebook", Path.Combine(Fixtures, "forever.ipynb"), "--notebook", Path.Combine(Fixtures, "basics.ipynb"));
        // Cell 1 has finished, so cell 2 (the loop) is running.
        await runner.WaitForOutputAsync("forever: cell 1 ok", TimeSpan.FromMinutes(10));
        await runner.SignalAsync("TERM");
        ExitCode = await runner.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Log = runner.Output;
        ChildrenLeft = ChildProcesses.CommandLinesContaining(Fixtures);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
