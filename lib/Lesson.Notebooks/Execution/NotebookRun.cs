namespace Lesson.Notebooks.Execution;

/// <summary>The result of running one notebook cell by cell.</summary>
/// <param name="Path">The notebook file that was run.</param>
/// <param name="Name">The notebook's name (file name without extension).</param>
/// <param name="Cells">One entry per cell, in notebook order (markdown cells included).</param>
/// <param name="Duration">Wall-clock time for the whole notebook.</param>
/// <param name="LoadError">Why the notebook could not be run at all (missing, corrupt), or null.</param>
/// <param name="Interrupted">Why the run was stopped from outside before it ended (a signal), or null.</param>
public sealed record NotebookRun(
    string Path,
    string Name,
    IReadOnlyList<CellRun> Cells,
    TimeSpan Duration,
    string? LoadError = null,
    string? Interrupted = null)
{
    /// <summary>Cells that failed or timed out.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<CellRun> Failures => Cells.Where(c => c.IsFailure).ToList();

    /// <summary>Code cells that were executed (succeeded, failed or timed out).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int CellsRun => Cells.Count(c => c.Status is CellStatus.Succeeded or CellStatus.Failed or CellStatus.TimedOut);

    /// <summary>True when the notebook loaded, was not interrupted, and no cell failed or timed out.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Succeeded => LoadError is null && Interrupted is null && Failures.Count == 0;

    /// <summary>Every exercise the checks reported, last report winning.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<ExerciseStatus> Exercises => ExerciseReader.Exercises(Cells);

    /// <summary>The quiz score the notebook reported ("3/4"), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? QuizScore => ExerciseReader.QuizScore(Cells);

    /// <summary>A run that never started because the notebook could not be read.</summary>
    public static NotebookRun NotLoaded(string path, string error) =>
        new(path, System.IO.Path.GetFileNameWithoutExtension(path), [], TimeSpan.Zero, error);
}
