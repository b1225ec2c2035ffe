using System.Diagnostics;

namespace Lesson.Runner;

/// <summary>
/// What a <c>run-one</c> child is doing, as its protocol lines tell (set from the output thread):
/// whether its kernel has started, the cell it is running, if any, and how long it has been silent.
/// </summary>
internal sealed class CellWatch
{
    private readonly Lock _lock = new();
    private int? _cell;
    private bool _ready;
    private Stopwatch _quiet = Stopwatch.StartNew();

    /// <summary>True once the child said its kernel has started.</summary>
    public bool KernelReady
    {
        get
        {
            lock (_lock)
                return _ready;
        }
    }

    public void Ready()
    {
        lock (_lock)
            (_ready, _quiet) = (true, Stopwatch.StartNew());
    }

    public void Started(int index)
    {
        lock (_lock)
            (_cell, _quiet) = (index, Stopwatch.StartNew());
    }

    public void Finished()
    {
        lock (_lock)
            (_cell, _quiet) = (null, Stopwatch.StartNew());
    }

    /// <summary>Time since the last protocol line (or the start); <paramref name="cell"/> is the running cell, or null.</summary>
    public TimeSpan QuietFor(out int? cell)
    {
        lock (_lock)
        {
            cell = _cell;
            return _quiet.Elapsed;
        }
    }
}
