namespace Lesson.Notebooks.Execution;

/// <summary>
/// Sets the process's working directory to a notebook's folder for the duration of a run, as VS Code
/// and Jupyter start their kernel in the notebook's folder, so that relative <c>#r</c> paths resolve
/// the same way. The working directory is process-wide: only one notebook may run at a time.
/// </summary>
internal sealed class WorkingDirectoryScope : IDisposable
{
    private readonly string _previous;

    public WorkingDirectoryScope(string folder)
    {
        _previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
    }

    public void Dispose() => Directory.SetCurrentDirectory(_previous);
}
