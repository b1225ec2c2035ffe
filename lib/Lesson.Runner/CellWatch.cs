using System.Diagnostics;
using Lesson.Notebooks.Execution;

namespace Lesson.Runner;

/// <summary>
/// What a <c>run-one</c> child has reported (set from the output thread): whether its kernel has
/// started, the cell it is running, the cells it finished, and how long it has been silent.
/// </summary>
internal sealed class CellWatch
{
    private readonly Lock _lock = new();
    private readonly List<CellRun> _finished = [];
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

    /// <summary>The cells the child finished, in order.</summary>
    public IReadOnlyList<CellRun> FinishedCells
    {
        get
        {
            lock (_lock)
                return _finished.ToList();
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

    public void Finished(CellRun cell)
    {
        lock (_lock)
        {
            _finished.Add(cell);
            (_cell, _quiet) = (null, Stopwatch.StartNew());
        }
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
