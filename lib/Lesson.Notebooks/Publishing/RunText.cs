using System.Globalization;
using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Publishing;

/// <summary>Short texts about a run, shared by the pages and the runner's console table.</summary>
public static class RunText
{
    /// <summary>Seconds with one decimal: "12.3 s".</summary>
    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>"not yet attempted" for "not-attempted"; other statuses as they are.</summary>
    public static string Status(string status) =>
        status == ExerciseStatus.NotAttempted ? "not yet attempted" : status;

    /// <summary>One line per failed cell: "cell 4 (id abc): message".</summary>
    public static IEnumerable<string> FailureLines(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.LoadError is { } error)
            yield return error;
        foreach (var cell in run.Failures)
            yield return FailureLine(cell);
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
