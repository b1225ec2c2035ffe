namespace Lesson.Notebooks.Execution;

/// <summary>
/// Which failed cells count against a run. In a solution notebook every failed or timed-out cell
/// does. In a learner notebook an exercise stub that still throws
/// <see cref="NotImplementedException"/> means "not attempted yet", not a broken notebook; any other
/// failure still counts.
/// </summary>
public static class FailurePolicy
{
    /// <summary>The failures that make the run fail.</summary>
    public static IReadOnlyList<CellRun> Unexpected(NotebookRun run, bool learner)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Failures.Where(c => !(learner && IsStub(c))).ToList();
    }

    /// <summary>True when the run failed: not loaded, interrupted, or an unexpected failure.</summary>
    public static bool Failed(NotebookRun run, bool learner)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.LoadError is not null || run.Interrupted is not null || Unexpected(run, learner).Count > 0;
    }

    /// <summary>A cell that failed only because an exercise stub was left in place.</summary>
    public static bool IsStub(CellRun cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Status == CellStatus.Failed &&
               (cell.Message?.Contains(nameof(NotImplementedException), StringComparison.Ordinal) ?? false);
    }
}
