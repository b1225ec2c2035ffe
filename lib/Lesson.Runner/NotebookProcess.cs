using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Runner;

/// <summary>
/// Runs one notebook in a child process (this program's <c>run-one</c> verb) and enforces the
/// per-cell timeout from outside: a cell that loops forever cannot be stopped inside a process, but
/// the process can be ended. Whatever the child finished before is kept; the cell that was running
/// is reported as timed out, the cells after it as not run.
/// </summary>
public sealed class NotebookProcess
{
    // Grace on top of the cell timeout: the child stops a cooperative cell itself; this is the backstop.
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    // How long a kernel may take to start, separate from the cell timeout: a short --timeout meant
    // for a looping cell must not stop a kernel that starts slowly on a busy machine.
    private static readonly TimeSpan KernelStartLimit = TimeSpan.FromMinutes(5);

    private readonly TimeSpan _cellTimeout;
    private readonly IRunProgress _progress;

    /// <summary>Creates a runner with the per-cell timeout and a progress sink.</summary>
    public NotebookProcess(TimeSpan cellTimeout, IRunProgress progress)
    {
        _cellTimeout = cellTimeout;
        _progress = progress;
    }

    /// <summary>Runs <paramref name="notebook"/> (stored at <paramref name="path"/>) in a child process.</summary>
    public async Task<NotebookRun> RunAsync(NotebookDocument notebook, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var resultPath = Path.Combine(Path.GetTempPath(), $"lesson-run-{Guid.NewGuid():N}.json");
        var clock = Stopwatch.StartNew();
        var watch = new CellWatch();
        var stderr = new StringBuilder();
        Process process;
        try
        {
            process = Start(path, resultPath, watch, notebook.Name, stderr);
        }
        catch (Win32Exception e)
        {
            return NotebookRun.NotLoaded(Path.GetFullPath(path),
                $"{notebook.Name}: could not start the kernel process ({e.Message}); put dotnet on PATH or set DOTNET_HOST_PATH.");
        }
        using (process)
        {
            var timedOutCell = await WaitAsync(process, watch, cancellationToken).ConfigureAwait(false);
            var partial = RunResultFile.Read(resultPath);
            File.Delete(resultPath);
            File.Delete(resultPath + ".tmp"); // left behind when the child was stopped mid-write
            return Complete(notebook, path, partial, timedOutCell, process.ExitCode, stderr.ToString(), clock.Elapsed);
        }
    }

    private Process Start(string path, string resultPath, CellWatch watch, string name, StringBuilder stderr)
    {
        var (host, runner) = RunnerLocation.Command();
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!,
        };
        foreach (var arg in new[] { runner, "run-one", "--notebook", Path.GetFullPath(path), "--result", resultPath,
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

    private void OnLine(string? line, CellWatch watch, string name)
    {
        if (ChildProtocol.Parse(line) is not { } message)
            return;
        if (message.Kind == ChildProtocol.KernelReadyKind)
            watch.Ready();
        else if (message.Kind == "cell-start")
        {
            watch.Started(message.Index);
            _progress.CellStarted(name, message.Index);
        }
        else
        {
            watch.Finished();
            _progress.CellFinished(name, message.Index, message.Status, message.Duration);
        }
    }

    /// <summary>
    /// Waits for the child; returns the index of the cell it had to be stopped in, if any. Until the
    /// kernel has started, the start-up limit applies; after that, a child silent for longer than a
    /// cell may run is stopped even outside a cell (a process kept alive by a thread a cell left
    /// running): no notebook can hang the run.
    /// </summary>
    private async Task<int?> WaitAsync(Process process, CellWatch watch, CancellationToken cancellationToken)
    {
        while (!process.HasExited)
        {
            var quietFor = watch.QuietFor(out var cell);
            var limit = watch.KernelReady ? _cellTimeout + KillGrace : KernelStartLimit;
            if (cancellationToken.IsCancellationRequested || quietFor > limit)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return cancellationToken.IsCancellationRequested ? null : cell;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None).ConfigureAwait(false);
        }
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    private NotebookRun Complete(NotebookDocument notebook, string path, NotebookRun? partial, int? timedOutCell, int exitCode, string stderr, TimeSpan elapsed)
    {
        var done = (partial?.Cells ?? []).ToDictionary(c => c.Index);
        if (partial is not null && partial.Cells.Count == notebook.Cells.Count && timedOutCell is null)
            return partial with { Duration = elapsed };
        var cells = new List<CellRun>();
        string? stop = null;
        foreach (var cell in notebook.Cells)
        {
            if (done.TryGetValue(cell.Index, out var finished))
                cells.Add(finished);
            else if (cell.Kind != CellKind.Code)
                cells.Add(new CellRun(cell.Index, cell.Id, CellStatus.NotCode, [], TimeSpan.Zero));
            else if (stop is not null)
                cells.Add(new CellRun(cell.Index, cell.Id, CellStatus.NotRun, [], TimeSpan.Zero, Message: $"not run: {stop}"));
            else
            {
                (var status, var message, stop) = timedOutCell == cell.Index
                    ? (CellStatus.TimedOut, $"timed out after {_cellTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s; the kernel process was stopped", $"{cell.Label} timed out")
                    : (CellStatus.Failed, $"the kernel process ended (exit code {exitCode}) {LastLines(stderr)}", $"the kernel process ended in {cell.Label}");
                cells.Add(new CellRun(cell.Index, cell.Id, status, [], timedOutCell == cell.Index ? _cellTimeout : TimeSpan.Zero, Message: message));
            }
        }
        return new NotebookRun(Path.GetFullPath(path), notebook.Name, cells, elapsed);
    }

    private static string LastLines(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
