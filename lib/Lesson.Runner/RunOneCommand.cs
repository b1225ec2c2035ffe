using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Runner;

/// <summary>
/// The hidden <c>run-one</c> verb: executes one notebook in this process and reports on standard
/// output (see <see cref="ChildProtocol"/>). The parent runs each notebook this way so that a cell
/// that never ends can be stopped by ending the process, without losing the cells that finished.
/// The parent has read and checked the notebook; it sends that very document on standard input,
/// so the child never reads the file itself (<c>--notebook</c> gives its path: folder and name).
/// </summary>
internal static class RunOneCommand
{
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args)
    {
        string? notebook = null;
        var timeout = ExecutionOptions.Default.CellTimeout;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--notebook": notebook = RunOptions.Value(args, ref i); break;
                case "--timeout": timeout = RunOptions.Seconds(RunOptions.Value(args, ref i)); break;
                default: throw new UsageException($"Unknown option {args[i]} for run-one.");
            }
        }
        if (notebook is null)
            throw new UsageException("run-one needs --notebook PATH (the runner starts it itself; use run).");

        // The kernel redirects Console.Out while a cell runs; the protocol goes to the raw stream.
        using var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var path = Path.GetFullPath(notebook);
        var document = NotebookDocument.Parse(await Console.In.ReadToEndAsync().ConfigureAwait(false), Path.GetFileNameWithoutExtension(path));
        var options = new ExecutionOptions(
            timeout,
            CellStarted: (index, _) => protocol.WriteLine(ChildProtocol.CellStarted(index)),
            CellFinished: cell => protocol.WriteLine(ChildProtocol.CellFinished(cell)),
            KernelReady: () => protocol.WriteLine(ChildProtocol.KernelReady()));
        await new NotebookExecutor(options).RunAsync(document, path).ConfigureAwait(false);
        await protocol.FlushAsync().ConfigureAwait(false);
        // Every cell is reported: end now, also when a cell left a thread running (a looping
        // cell that timed out, a foreground thread), rather than wait for the parent to stop us.
        Environment.Exit(0);
        return 0;
    }
}
