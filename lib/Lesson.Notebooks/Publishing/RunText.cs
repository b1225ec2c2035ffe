using System.Globalization;
using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Publishing;

/// <summary>Short texts about a run, shared by the pages and the runner's console table.</summary>
public static class RunText
{
    /// <summary>Seconds with one decimal: "12.3 s".</summary>
    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>A status key in the words the checks use: "correct", "self-checked (not graded)", "not yet right", "not attempted yet".</summary>
    public static string Status(string status) => LessonExercises.ExerciseStates.Words(status);

    /// <summary>
    /// One line per failed cell: "cell 4 (id abc): message", after the reason the notebook could
    /// not run or was interrupted.
    /// </summary>
    public static IEnumerable<string> FailureLines(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.LoadError is { } error)
            yield return error;
        if (Interrupted(run) is { } interrupted)
            yield return interrupted;
        foreach (var cell in run.Failures)
            yield return FailureLine(cell);
    }

    /// <summary>"interrupted (reason): ..." for a run stopped from outside, else null.</summary>
    public static string? Interrupted(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Interrupted is { } reason
            ? $"interrupted ({reason}): only the cells that finished are shown"
            : null;
    }

    /// <summary>
    /// For a run that stopped early (a cell timed out, the run was interrupted or the kernel
    /// ended): "exercises from cell 18 on: not run", since their checks never ran; else null.
    /// The statuses of the exercises checked before stay as they were reported.
    /// </summary>
    public static string? NotRunNote(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var stopped = run.Cells.FirstOrDefault(c => c.Status is CellStatus.TimedOut or CellStatus.NotRun);
        return stopped is null ? null : $"exercises from cell {stopped.Index + 1} on: not run";
    }

    /// <summary>A failed cell in one line: "cell 4 (id abc): message".</summary>
    public static string FailureLine(CellRun cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return $"{cell.Label}: {FirstLine(cell.Message ?? cell.Status.ToString())}";
    }

    /// <summary>The first line of a message (stack traces stay on the page, not in tables).</summary>
    public static string FirstLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('\r');
    }
}
