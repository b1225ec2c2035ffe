namespace Lesson.Runner.Tests;

/// <summary>One runner run over the bad fixtures, shared by <see cref="RunnerBadInputTests"/>.</summary>
public sealed class BadInputRun : IAsyncLifetime
{
    public string Output { get; } = LessonRunner.TempFolder("bad-input");

    public (int ExitCode, string Output) Result { get; private set; }

    public async Task InitializeAsync()
    {
        var fixtures = FixturePaths.CopyToTemp("forever.ipynb", "exits.ipynb", "lingers.ipynb", "basics.ipynb", "overflows.ipynb", "checked-then-loops.ipynb");
        await File.WriteAllTextAsync(Path.Combine(fixtures, "corrupt.ipynb"), """{"cells": [ {"cell_type": "code" """);
        var numberId = (await File.ReadAllTextAsync(Path.Combine(fixtures, "forever.ipynb"))).Replace("\"id\": \"c00\"", "\"id\": 7", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(fixtures, "number-id.ipynb"), numberId);
        // 10 s per cell, timed from the cell's submission to a started kernel: generous for these
        // small cells on a busy machine, short for a loop. The 15 minutes only stop a runner that hangs.
        Result = await LessonRunner.RunAsync(TimeSpan.FromMinutes(15), "run", "--plain", "--timeout", "10", "--output", Output,
            "--notebook", Path.Combine(fixtures, "forever.ipynb"),
            "--notebook", Path.Combine(fixtures, "exits.ipynb"),
            "--notebook", Path.Combine(fixtures, "lingers.ipynb"),
            "--notebook", Path.Combine(fixtures, "corrupt.ipynb"),
            "--notebook", Path.Combine(fixtures, "number-id.ipynb"),
            "--notebook", Path.Combine(fixtures, "overflows.ipynb"),
            "--notebook", Path.Combine(fixtures, "checked-then-loops.ipynb"),
            "--notebook", "no-such-notebook",
            "--notebook", Path.Combine(fixtures, "basics.ipynb"));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
