namespace Lesson.Notebooks.Execution;

/// <summary>The result of one cell.</summary>
/// <param name="Index">Zero-based position in the notebook.</param>
/// <param name="Id">The cell id, when the notebook has one.</param>
/// <param name="Status">Succeeded, failed, timed out, not run, or not code.</param>
/// <param name="Outputs">Outputs in the order the kernel produced them.</param>
/// <param name="Duration">Wall-clock time the cell took.</param>
/// <param name="ExecutionCount">Jupyter's execution count (1, 2, ...) for code cells that ran, else null.</param>
/// <param name="Message">Why the cell failed or did not run, or null.</param>
public sealed record CellRun(
    int Index,
    string? Id,
    CellStatus Status,
    IReadOnlyList<CellOutput> Outputs,
    TimeSpan Duration,
    int? ExecutionCount = null,
    string? Message = null)
{
    /// <summary>True when the cell failed or timed out.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFailure => Status is CellStatus.Failed or CellStatus.TimedOut;

    /// <summary>The 1-based label used in messages: "cell 3 (id abc)".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Label => Id is { Length: > 0 } id ? $"cell {Index + 1} (id {id})" : $"cell {Index + 1}";
}
