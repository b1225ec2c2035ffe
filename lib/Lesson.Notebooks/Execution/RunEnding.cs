using System.Globalization;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// How a run that stopped early is finished, in one place for the in-process engine and the
/// runner's child process: the cells that finished keep their results, the cell that was running
/// gets the reason it stopped, and every later code cell is marked not run, naming that reason.
/// </summary>
public static class RunEnding
{
    /// <summary>The message of a cell stopped by the per-cell timeout.</summary>
    public static string TimedOut(TimeSpan timeout) =>
        $"timed out after {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    /// <summary>A later cell that was not run because of <paramref name="reason"/>.</summary>
    public static CellRun NotRun(NotebookCell cell, string reason)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Kind == CellKind.Code
            ? new CellRun(cell.Index, cell.Id, CellStatus.NotRun, [], TimeSpan.Zero, Message: $"not run: {reason}")
            : new CellRun(cell.Index, cell.Id, CellStatus.NotCode, [], TimeSpan.Zero);
    }

    /// <summary>
    /// Every cell of <paramref name="notebook"/>: the <paramref name="finished"/> ones as they are;
    /// the first code cell that did not finish made by <paramref name="stopped"/> (given that cell);
    /// the code cells after it not run because of <paramref name="laterReason"/> (given the cell that stopped).
    /// </summary>
    public static IReadOnlyList<CellRun> Complete(NotebookDocument notebook, IEnumerable<CellRun> finished,
        Func<NotebookCell, CellRun> stopped, Func<NotebookCell, string> laterReason)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(stopped);
        var done = new Dictionary<int, CellRun>();
        foreach (var cell in finished)
            done[cell.Index] = cell;
        var cells = new List<CellRun>();
        NotebookCell? stoppedAt = null;
        foreach (var cell in notebook.Cells)
        {
            if (done.TryGetValue(cell.Index, out var run))
                cells.Add(run);
            else if (cell.Kind == CellKind.Code && stoppedAt is null)
            {
                cells.Add(stopped(cell));
                stoppedAt = cell;
            }
            else
                cells.Add(NotRun(cell, stoppedAt is null ? "" : laterReason(stoppedAt)));
        }
        return cells;
    }
}
