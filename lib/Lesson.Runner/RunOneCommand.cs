using Lesson.Notebooks.Execution;

namespace Lesson.Runner;

/// <summary>
/// The hidden <c>run-one</c> verb: executes one notebook in this process and writes the result file
/// after every cell. The parent runs each notebook this way so that a cell that never ends can be
/// stopped by ending the process, without losing the cells that finished.
/// </summary>
internal static class RunOneCommand
{
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args)
    {
        string? notebook = null, result = null;
        var timeout = ExecutionOptions.Default.CellTimeout;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--notebook": notebook = RunOptions.Value(args, ref i); break;
                case "--result": result = RunOptions.Value(args, ref i); break;
                case "--timeout": timeout = RunOptions.Seconds(RunOptions.Value(args, ref i)); break;
                default: throw new UsageException($"Unknown option {args[i]} for run-one.");
            }
        }
        if (notebook is null || result is null)
            throw new UsageException("run-one needs --notebook PATH and --result PATH (the runner starts it itself; use run).");

        // The kernel redirects Console.Out while a cell runs; the protocol goes to the raw stream.
        using var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var finished = new List<CellRun>();
        var path = Path.GetFullPath(notebook);
        var options = new ExecutionOptions(
            timeout,
            CellStarted: (index, _) => protocol.WriteLine(ChildProtocol.CellStarted(index)),
            CellFinished: cell =>
            {
                finished.Add(cell);
                RunResultFile.Write(result, new NotebookRun(path, Path.GetFileNameWithoutExtension(path), finished.ToList(), TimeSpan.Zero));
                protocol.WriteLine(ChildProtocol.CellFinished(cell));
            },
            KernelReady: () => protocol.WriteLine(ChildProtocol.KernelReady()));
        var run = await new NotebookExecutor(options).RunAsync(path).ConfigureAwait(false);
        RunResultFile.Write(result, run);
        return 0;
    }
}
