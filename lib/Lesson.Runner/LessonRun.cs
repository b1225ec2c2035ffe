using Lesson.Notebooks;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;
using Lesson.Notebooks.Publishing;
using Spectre.Console;

namespace Lesson.Runner;

/// <summary>
/// The <c>run</c> command: executes the chosen notebooks one after another, each in its own kernel
/// process, publishes each as soon as it is done, then prints the summary table. A notebook that is
/// missing, corrupt, throws or loops is reported by name and cell; the others still run. On Ctrl-C
/// or SIGTERM the running notebook's kernel is stopped, what it finished is published marked
/// interrupted, the rest is not run, and the exit code is 130 or 143.
/// </summary>
internal sealed class LessonRun(RunOptions options, IAnsiConsole console)
{
    private string? _progressFile;

    public async Task<int> ExecuteAsync()
    {
        var root = LessonPaths.FindRoot();
        var folder = options.Learner ? LessonPaths.Notebooks(root) : LessonPaths.Solutions(root);
        var selected = NotebookSelection.Select(folder, options.Notebooks);
        if (selected.Count == 0)
        {
            console.MarkupLine($"[red]No notebooks (*.ipynb) in {Markup.Escape(folder)}.[/]");
            return 1;
        }
        if (CreatePublisher(root) is not { } publisher)
            return 1;
        // The worked solutions record their checks beside the published pages, never in the
        // learner's progress; a learner run records the learner's own work.
        if (!options.Learner)
            _progressFile = Path.Combine(Path.GetDirectoryName(publisher.IndexPath)!, "solutions.progress.json");
        using var signals = new StopSignals();
        // The index also keeps notebooks published by earlier runs; the table and the exit code
        // speak of this run only.
        var runs = new List<NotebookRun>();
        if (options.Plain || !console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
            await RunAllAsync(selected, publisher, new PlainProgress(Console.Out), runs, signals).ConfigureAwait(false);
        else
            await LiveProgress.Configure(console.Progress())
                .StartAsync(ctx => RunAllAsync(selected, publisher, new LiveProgress(ctx, console), runs, signals)).ConfigureAwait(false);
        ResultTable.Write(console, runs, options.Learner);
        console.WriteLine($"Lesson written to {publisher.IndexPath}");
        if (signals.Signal is { } signal)
        {
            Console.Error.WriteLine(InterruptedMessage(signal, runs, selected));
            return signals.ExitCode;
        }
        return runs.Any(r => FailurePolicy.Failed(r, options.Learner)) ? 1 : 0;
    }

    private static string InterruptedMessage(string signal, List<NotebookRun> runs, IReadOnlyList<NotebookSelection> selected)
    {
        var stopped = runs.LastOrDefault(r => r.Interrupted is not null);
        var notRun = selected.Skip(runs.Count).Select(s => Path.GetFileNameWithoutExtension(s.Path)).ToList();
        var what = stopped is null
            ? "no notebook was running"
            : $"stopped the kernel of {stopped.Name} and published the {stopped.CellsRun} cells it had finished, marked interrupted";
        var rest = notRun.Count == 0 ? "" : $"; not run: {string.Join(", ", notRun)}";
        return $"Interrupted by {signal}: {what}{rest}.";
    }

    // Fails before any notebook runs when the output folder cannot be written or holds a result
    // that cannot be read, not after the first notebook.
    private LessonPublisher? CreatePublisher(string root)
    {
        var output = options.Output is { } o ? Path.GetFullPath(o) : LessonPaths.DefaultOutput(root);
        var mode = options.Learner ? "learner notebooks" : "solution notebooks";
        try
        {
            return new LessonPublisher(output, $"{LessonPaths.Title} ({mode})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]{Markup.Escape($"Cannot write the lesson to {output}: {e.Message} Choose another folder with --output DIR.")}[/]");
            return null;
        }
        catch (InvalidDataException e)
        {
            // Unwrapped, so that the file's path stays whole.
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }

    private async Task RunAllAsync(IReadOnlyList<NotebookSelection> selected, LessonPublisher publisher, IRunProgress progress,
        List<NotebookRun> runs, StopSignals signals)
    {
        foreach (var notebook in selected)
        {
            if (signals.Token.IsCancellationRequested)
                break;
            var (document, run) = await RunOneAsync(notebook, progress, signals.Token).ConfigureAwait(false);
            if (run.Interrupted is not null)
                run = run with { Interrupted = $"stopped by {signals.Signal}" };
            publisher.Add(document, run);
            runs.Add(run);
            progress.NotebookFinished(run);
        }
    }

    private async Task<(NotebookDocument?, NotebookRun)> RunOneAsync(NotebookSelection notebook, IRunProgress progress, CancellationToken cancellationToken)
    {
        if (notebook.Error is { } error)
            return (null, NotebookRun.NotLoaded(notebook.Path, error));
        NotebookDocument document;
        try
        {
            document = NotebookDocument.Load(notebook.Path);
        }
        catch (NotebookFormatException e)
        {
            return (null, NotebookRun.NotLoaded(notebook.Path, e.Message));
        }
        progress.NotebookStarted(document.Name, document.Cells.Count(c => c.Kind == CellKind.Code));
        var run = await new NotebookProcess(options.CellTimeout, progress, _progressFile).RunAsync(document, notebook.Path, cancellationToken).ConfigureAwait(false);
        return (document, run);
    }
}
