using Lesson.Notebooks;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;
using Lesson.Notebooks.Publishing;
using Spectre.Console;

namespace Lesson.Runner;

/// <summary>
/// The <c>run</c> command: executes the chosen notebooks one after another, each in its own kernel
/// process, publishes each as soon as it is done, then prints the summary table. A notebook that is
/// missing, corrupt, throws or loops is reported by name and cell; the others still run.
/// </summary>
internal sealed class LessonRun(RunOptions options, IAnsiConsole console)
{
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
        // The index also keeps notebooks published by earlier runs; the table and the exit code
        // speak of this run only.
        var runs = new List<NotebookRun>();
        if (options.Plain || !console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
            await RunAllAsync(selected, publisher, new PlainProgress(Console.Out), runs).ConfigureAwait(false);
        else
            await LiveProgress.Configure(console.Progress())
                .StartAsync(ctx => RunAllAsync(selected, publisher, new LiveProgress(ctx, console), runs)).ConfigureAwait(false);
        ResultTable.Write(console, runs, options.Learner);
        console.WriteLine($"Lesson written to {publisher.IndexPath}");
        return runs.Any(r => FailurePolicy.Failed(r, options.Learner)) ? 1 : 0;
    }

    // Fails before any notebook runs when the output folder cannot be written, not after the first.
    private LessonPublisher? CreatePublisher(string root)
    {
        var output = options.Output is { } o ? Path.GetFullPath(o) : Path.Combine(root, "artifacts", "lesson");
        var mode = options.Learner ? "learner notebooks" : "solution notebooks";
        try
        {
            return new LessonPublisher(output, $"Lesson 1.2.40: automatic differentiation ({mode})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]{Markup.Escape($"Cannot write the lesson to {output}: {e.Message} Choose another folder with --output DIR.")}[/]");
            return null;
        }
    }

    private async Task RunAllAsync(IReadOnlyList<NotebookSelection> selected, LessonPublisher publisher, IRunProgress progress, List<NotebookRun> runs)
    {
        foreach (var notebook in selected)
        {
            var (document, run) = await RunOneAsync(notebook, progress).ConfigureAwait(false);
            publisher.Add(document, run);
            runs.Add(run);
            progress.NotebookFinished(run);
        }
    }

    private async Task<(NotebookDocument?, NotebookRun)> RunOneAsync(NotebookSelection notebook, IRunProgress progress)
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
        var run = await new NotebookProcess(options.CellTimeout, progress).RunAsync(document, notebook.Path).ConfigureAwait(false);
        return (document, run);
    }
}
