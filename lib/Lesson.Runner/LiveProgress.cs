using System.Collections.Concurrent;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Publishing;
using Spectre.Console;

namespace Lesson.Runner;

/// <summary>
/// A live Spectre.Console progress display: one bar per notebook, advancing per cell, its label
/// naming the cell that is running. Failures are printed above the bars as they happen.
/// </summary>
internal sealed class LiveProgress(ProgressContext context, IAnsiConsole console) : IRunProgress
{
    private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    public void NotebookStarted(string name, int codeCells) =>
        _tasks[name] = context.AddTask(Markup.Escape(name), maxValue: Math.Max(codeCells, 1));

    public void CellStarted(string name, int index)
    {
        if (_tasks.TryGetValue(name, out var task))
            task.Description = Markup.Escape($"{name}: cell {index + 1}");
    }

    public void CellFinished(string name, int index, CellStatus status, TimeSpan duration)
    {
        if (status == CellStatus.NotCode || !_tasks.TryGetValue(name, out var task))
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
        task.Description = Markup.Escape($"{run.Name} ({RunText.Seconds(run.Duration)})");
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
