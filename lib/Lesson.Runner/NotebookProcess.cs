using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Runner;

/// <summary>
/// Runs one notebook in a child process (this program's <c>run-one</c> verb), which times each cell
/// and reports every finished cell on its standard output. The child cannot stop a cell that loops
/// without yielding, but it can end itself, and this class ends it when it does not: a child that
/// stays silent past the cell timeout, a kernel that never starts, or a run that is interrupted.
/// Whatever the child finished is kept (<see cref="RunEnding"/> completes the rest).
/// </summary>
public sealed class NotebookProcess
{
    // Grace on top of the cell timeout: the child stops a cell itself; this is the backstop.
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    // How long a kernel may take to start, separate from the cell timeout: a short --timeout meant
    // for a looping cell must not stop a kernel that starts slowly on a busy machine.
    private static readonly TimeSpan KernelStartLimit = TimeSpan.FromMinutes(5);

    // Read by the lesson library's progress store (AutoDiff.Interactive, which the runner does not reference).
    private const string ProgressFileVariable = "LESSON_PROGRESS_FILE";

    private readonly TimeSpan _cellTimeout;
    private readonly IRunProgress _progress;
    private readonly string? _progressFile;

    /// <summary>Creates a runner with the per-cell timeout and a progress sink. Checks record the
    /// learner's progress in the repository's progress file unless <paramref name="progressFile"/>
    /// names another (a run of the worked solutions is not the learner's progress).</summary>
    public NotebookProcess(TimeSpan cellTimeout, IRunProgress progress, string? progressFile = null)
    {
        _cellTimeout = cellTimeout;
        _progress = progress;
        _progressFile = progressFile;
    }

    /// <summary>
    /// Runs <paramref name="notebook"/> (stored at <paramref name="path"/>) in a child process. When
    /// <paramref name="cancellationToken"/> fires, the child and its kernel are stopped and the run
    /// comes back marked <see cref="NotebookRun.Interrupted"/>, with the cells that finished.
    /// </summary>
    public async Task<NotebookRun> RunAsync(NotebookDocument notebook, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var clock = Stopwatch.StartNew();
        var watch = new CellWatch();
        var stderr = new StringBuilder();
        Process process;
        try
        {
            process = Start(path, watch, notebook.Name, stderr);
            await SendAsync(process, notebook).ConfigureAwait(false);
        }
        catch (Win32Exception e)
        {
            return NotebookRun.NotLoaded(Path.GetFullPath(path),
                $"{notebook.Name}: could not start the kernel process ({e.Message}); put dotnet on PATH or set DOTNET_HOST_PATH.");
        }
        using (process)
        {
            var stop = await WaitAsync(process, watch, cancellationToken).ConfigureAwait(false);
            // Ctrl-C reaches the child too, which may end by itself first: still an interruption.
            if (cancellationToken.IsCancellationRequested)
                stop = Interruption();
            string text;
            lock (stderr)
                text = stderr.ToString();
            return Finish(notebook, path, watch.FinishedCells, stop ?? Ended(process.ExitCode, text), clock.Elapsed);
        }
    }

    /// <summary>Why the child stopped early: the running cell's status and message, the later cells' reason.</summary>
    private sealed record Stop(CellStatus Status, Func<NotebookCell, string> Message, Func<NotebookCell, string> Later, string? Interrupted = null);

    private static Stop Ended(int exitCode, string stderr) =>
        new(CellStatus.Failed, _ => ChildExit.Describe(exitCode, stderr), c => $"the kernel process ended in {c.Label}");

    private Stop TimedOut() =>
        new(CellStatus.TimedOut, _ => $"{RunEnding.TimedOut(_cellTimeout)}; the kernel process was stopped", c => $"{c.Label} timed out");

    private static Stop NeverStarted() =>
        new(CellStatus.Failed, _ => $"the kernel did not start within {KernelStartLimit.TotalMinutes:0} minutes; its process was stopped", _ => "the kernel did not start");

    private static Stop Interruption() =>
        new(CellStatus.NotRun, _ => "interrupted: the run was stopped while this cell ran", _ => "the run was interrupted", "the run was interrupted");

    private static NotebookRun Finish(NotebookDocument notebook, string path, IReadOnlyList<CellRun> finished, Stop stop, TimeSpan elapsed)
    {
        var cells = RunEnding.Complete(notebook, finished,
            cell => new CellRun(cell.Index, cell.Id, stop.Status, [], TimeSpan.Zero, Message: stop.Message(cell)),
            stop.Later);
        return new NotebookRun(Path.GetFullPath(path), notebook.Name, cells, elapsed, Interrupted: stop.Interrupted);
    }

    private Process Start(string path, CellWatch watch, string name, StringBuilder stderr)
    {
        var (host, runner) = RunnerLocation.Command();
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!,
        };
        // The runtime's diagnostic pipes live in the temp folder and stay there when a child has to
        // be killed; the child needs none.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (_progressFile is not null)
            info.Environment[ProgressFileVariable] = _progressFile;
        foreach (var arg in new[] { runner, "run-one", "--notebook", Path.GetFullPath(path),
                     "--timeout", _cellTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, watch, name);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (stderr)
                    stderr.AppendLine(e.Data);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // The notebook as this process read it: the child runs exactly that, without reading the file.
    private static async Task SendAsync(Process process, NotebookDocument notebook)
    {
        try
        {
            await process.StandardInput.WriteAsync(notebook.ToJson()).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child ended before reading it; its exit code and stderr say why.
        }
    }

    private void OnLine(string? line, CellWatch watch, string name)
    {
        switch (ChildProtocol.Parse(line))
        {
            case ChildProtocol.Ready:
                watch.Ready();
                break;
            case ChildProtocol.Started started:
                watch.Started(started.Index);
                _progress.CellStarted(name, started.Index);
                break;
            case ChildProtocol.Finished { Cell: var cell }:
                watch.Finished(cell);
                _progress.CellFinished(name, cell.Index, cell.Status, cell.Duration);
                break;
        }
    }

    /// <summary>
    /// Waits for the child; returns why it had to be stopped, or null when it ended by itself. Until
    /// the kernel has started, the start-up limit applies; after that, a child silent for longer
    /// than a cell may run is stopped even outside a cell: no notebook can hang the run.
    /// </summary>
    private async Task<Stop?> WaitAsync(Process process, CellWatch watch, CancellationToken cancellationToken)
    {
        while (!process.HasExited)
        {
            var quietFor = watch.QuietFor(out _);
            var stop = cancellationToken.IsCancellationRequested ? Interruption()
                : !watch.KernelReady ? (quietFor > KernelStartLimit ? NeverStarted() : null)
                : quietFor > _cellTimeout + KillGrace ? TimedOut()
                : null;
            if (stop is not null)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return stop;
            }
            // Wakes at once on cancellation; otherwise looks again shortly (the child's lines arrive on another thread).
            await Task.WhenAny(process.WaitForExitAsync(CancellationToken.None), Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken)).ConfigureAwait(false);
        }
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return null;
    }
}
