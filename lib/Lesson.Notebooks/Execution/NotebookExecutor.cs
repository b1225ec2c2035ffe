using System.Diagnostics;
using Lesson.Notebooks.Model;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Executes a notebook cell by cell in the real .NET Interactive C# kernel, in this process, with the
/// working directory set to the notebook's folder (as VS Code and Jupyter do). A cell that throws
/// or does not compile is recorded and the run goes on with the next cell, as "Run All" does in the
/// hosts. A cell that exceeds the timeout is recorded as timed out and the remaining cells are not
/// run: its code may still be running, and only a separate process can be stopped for sure
/// (see the lesson runner's <c>run-one</c> command).
/// </summary>
public sealed class NotebookExecutor
{
    // The working directory and the formatters are process-wide: one notebook at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private readonly ExecutionOptions _options;

    /// <summary>Creates an executor with the given timeout and callbacks.</summary>
    public NotebookExecutor(ExecutionOptions? options = null) => _options = options ?? ExecutionOptions.Default;

    /// <summary>
    /// Runs the notebook at <paramref name="path"/>. A missing or corrupt notebook gives a run with
    /// <see cref="NotebookRun.LoadError"/> set instead of an exception.
    /// </summary>
    public async Task<NotebookRun> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        NotebookDocument document;
        try
        {
            document = NotebookDocument.Load(fullPath);
        }
        catch (NotebookFormatException e)
        {
            return NotebookRun.NotLoaded(fullPath, e.Message);
        }
        return await RunAsync(document, fullPath, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs an already parsed notebook as if it were stored at <paramref name="path"/>.</summary>
    public async Task<NotebookRun> RunAsync(NotebookDocument document, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            using var workingDirectory = new WorkingDirectoryScope(folder);
            using var kernel = KernelFactory.Create();
            await WarmUpAsync(kernel, cancellationToken).ConfigureAwait(false);
            _options.KernelReady?.Invoke();
            var cells = await RunCellsAsync(kernel, document, cancellationToken).ConfigureAwait(false);
            return new NotebookRun(Path.GetFullPath(path), document.Name, cells, clock.Elapsed);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    // The first compiled and run submission loads the compiler and the scripting runtime, which
    // takes seconds on a busy machine (a comment alone is not enough). Doing it here keeps the
    // kernel's start-up out of the first cell's timeout; this statement declares nothing, prints
    // nothing and returns no value, so a notebook cannot see it.
    private static async Task WarmUpAsync(CompositeKernel kernel, CancellationToken cancellationToken) =>
        await kernel.SendAsync(new SubmitCode("System.GC.KeepAlive(null);", KernelFactory.CSharp), cancellationToken).ConfigureAwait(false);

    private async Task<List<CellRun>> RunCellsAsync(CompositeKernel kernel, NotebookDocument document, CancellationToken cancellationToken)
    {
        var runs = new List<CellRun>();
        var executionCount = 0;
        string? stopReason = null;
        foreach (var cell in document.Cells)
        {
            CellRun run;
            var reason = stopReason ?? CancelledReason(cancellationToken);
            if (reason is not null || cell.Kind != CellKind.Code)
                run = RunEnding.NotRun(cell, reason ?? "");
            else
            {
                run = await RunCellAsync(kernel, cell, ++executionCount, cancellationToken).ConfigureAwait(false);
                if (run.Status is CellStatus.TimedOut or CellStatus.NotRun)
                    stopReason = run.Status == CellStatus.TimedOut ? $"{cell.Label} timed out" : "the run was cancelled";
            }
            runs.Add(run);
            _options.CellFinished?.Invoke(run);
        }
        return runs;
    }

    private static string? CancelledReason(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? "the run was cancelled" : null;

    private async Task<CellRun> RunCellAsync(CompositeKernel kernel, NotebookCell cell, int executionCount, CancellationToken cancellationToken)
    {
        _options.CellStarted?.Invoke(cell.Index, cell.Label);
        var command = new SubmitCode(cell.Source, cell.KernelName ?? KernelFactory.CSharp);
        var collector = new CellOutputCollector(command);
        var clock = Stopwatch.StartNew();
        using var subscription = kernel.KernelEvents.Subscribe(collector.Observe);
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var submission = kernel.SendAsync(command, cellCancellation.Token);
        var finished = await Task.WhenAny(submission, Task.Delay(_options.CellTimeout, cancellationToken)).ConfigureAwait(false);
        if (finished != submission)
        {
            await cellCancellation.CancelAsync().ConfigureAwait(false);
            var reason = cancellationToken.IsCancellationRequested ? "cancelled" : RunEnding.TimedOut(_options.CellTimeout);
            return new CellRun(cell.Index, cell.Id, cancellationToken.IsCancellationRequested ? CellStatus.NotRun : CellStatus.TimedOut,
                collector.Outputs, clock.Elapsed, executionCount, reason);
        }
        await submission.ConfigureAwait(false);
        var status = collector.FailureMessage is null ? CellStatus.Succeeded : CellStatus.Failed;
        return new CellRun(cell.Index, cell.Id, status, collector.Outputs, clock.Elapsed, executionCount, collector.FailureMessage);
    }
}
