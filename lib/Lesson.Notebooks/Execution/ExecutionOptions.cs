namespace Lesson.Notebooks.Execution;

/// <summary>How a notebook is executed.</summary>
/// <param name="CellTimeout">
/// The longest a single cell may run before it counts as timed out, measured from the cell's
/// submission to a kernel that has already started (the kernel's start-up is not part of any cell).
/// </param>
/// <param name="CellStarted">Called as each code cell is submitted (index, label).</param>
/// <param name="CellFinished">Called after each cell, code or not, with its result.</param>
/// <param name="KernelReady">Called once the kernel has started and compiled a first submission, before the first cell.</param>
public sealed record ExecutionOptions(
    TimeSpan CellTimeout,
    Action<int, string>? CellStarted = null,
    Action<CellRun>? CellFinished = null,
    Action? KernelReady = null)
{
    /// <summary>Two minutes per cell, no callbacks.</summary>
    public static ExecutionOptions Default { get; } = new(TimeSpan.FromSeconds(120));
}
