using System.Globalization;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Publishing;

namespace Lesson.Runner;

/// <summary>
/// Progress as plain lines, for output that is redirected to a file or a CI log: one line per
/// notebook start, one per finished code cell with its status and time, and at the end of each
/// notebook a summary line and one line per failed cell naming notebook and cell.
/// </summary>
internal sealed class PlainProgress(TextWriter output) : IRunProgress
{
    public void NotebookStarted(string name, int codeCells) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: running {codeCells} code cells"));

    public void CellStarted(string name, int index) { }

    public void CellFinished(string name, int index, CellStatus status, TimeSpan duration)
    {
        if (status is CellStatus.NotCode)
            return;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: cell {index + 1} {Describe(status)} ({RunText.Seconds(duration)})"));
    }

    public void NotebookFinished(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Name}: done, {run.CellsRun} cells run, {run.Failures.Count} failed, {RunText.Seconds(run.Duration)}"));
        if (run.LoadError is { } error)
            output.WriteLine(error);
        if (RunText.Interrupted(run) is { } interrupted)
            output.WriteLine($"notebook {run.Name}: {interrupted}");
        foreach (var cell in run.Failures)
            output.WriteLine($"notebook {run.Name}, {RunText.FailureLine(cell)}");
    }

    private static string Describe(CellStatus status) => status switch
    {
        CellStatus.Succeeded => "ok",
        CellStatus.Failed => "FAILED",
        CellStatus.TimedOut => "TIMED OUT",
        _ => "not run",
    };
}
