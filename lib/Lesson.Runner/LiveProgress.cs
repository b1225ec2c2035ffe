using System.Collections.Concurrent;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Publishing;
using Spectre.Console;

namespace Lesson.Runner;

/// <summary>
/// A live Spectre.Console progress display: one bar per notebook, advancing per code cell, its label
/// naming the cell that is running (numbered as in failure messages, markdown cells included).
/// Failures are printed above the bars as they happen.
/// </summary>
internal sealed class LiveProgress(ProgressContext context, IAnsiConsole console) : IRunProgress
{
    private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    /// <summary>
    /// The display's columns: names left-aligned so they do not shift as labels change, then
    /// "run/total" code cells, which says more than a percentage for a ten-cell notebook.
    /// </summary>
    public static Progress Configure(Progress progress) =>
        progress.AutoClear(false).Columns(
            new TaskDescriptionColumn { Alignment = Justify.Left },
            new ProgressBarColumn(),
            new CellCountColumn(),
            new SpinnerColumn());

    public void NotebookStarted(string name, int codeCells) =>
        _tasks[name] = context.AddTask(Markup.Escape(name), maxValue: Math.Max(codeCells, 1));

    public void CellStarted(string name, int index)
    {
        if (_tasks.TryGetValue(name, out var task))
            task.Description = Markup.Escape($"{name}: cell {index + 1}");
    }

    public void CellFinished(string name, int index, CellStatus status, TimeSpan duration)
    {
        // Only cells that ran count: after a timeout the bar shows how far the notebook got.
        if (status is CellStatus.NotCode or CellStatus.NotRun || !_tasks.TryGetValue(name, out var task))
            return;
        task.Increment(1);
        if (status is CellStatus.Failed or CellStatus.TimedOut)
            console.MarkupLine($"[red]{Markup.Escape($"{name}: cell {index + 1} {(status == CellStatus.Failed ? "failed" : "timed out")}")}[/]");
    }

    public void NotebookFinished(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!_tasks.TryGetValue(run.Name, out var task))
            return;
        var failed = run.Failures.Count;
        var summary = Markup.Escape(failed == 0
            ? $"{run.Name} ({RunText.Seconds(run.Duration)})"
            : $"{run.Name} ({RunText.Seconds(run.Duration)}, {failed} failed)");
        task.Description = failed == 0 ? summary : $"[red]{summary}[/]";
        task.StopTask();
    }
}
