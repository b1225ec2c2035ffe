namespace Lesson.Notebooks.Execution;

/// <summary>What happened to a cell during a run.</summary>
public enum CellStatus
{
    /// <summary>The code ran to the end.</summary>
    Succeeded,

    /// <summary>The code threw or did not compile.</summary>
    Failed,

    /// <summary>The code did not finish within the per-cell timeout.</summary>
    TimedOut,

    /// <summary>Not executed: an earlier cell timed out or the run was cancelled.</summary>
    NotRun,

    /// <summary>A markdown or raw cell: passed through, nothing to execute.</summary>
    NotCode,
}
