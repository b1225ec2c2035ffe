using Lesson.Notebooks.Execution;

namespace Lesson.Runner;

/// <summary>Receives progress while the runner works: per notebook and per cell.</summary>
public interface IRunProgress
{
    /// <summary>A notebook is about to run; it has <paramref name="codeCells"/> code cells.</summary>
    void NotebookStarted(string name, int codeCells);

    /// <summary>A code cell was submitted to the kernel.</summary>
    void CellStarted(string name, int index);

    /// <summary>A cell finished (any status).</summary>
    void CellFinished(string name, int index, CellStatus status, TimeSpan duration);

    /// <summary>A notebook finished; its run is complete.</summary>
    void NotebookFinished(NotebookRun run);
}
