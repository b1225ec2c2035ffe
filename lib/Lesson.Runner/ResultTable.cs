using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Publishing;
using Spectre.Console;

namespace Lesson.Runner;

/// <summary>The final summary: one row per notebook, then one line per unexpected failure.</summary>
internal static class ResultTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<NotebookRun> runs, bool learner)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Notebook").AddColumn("Cells run").AddColumn("Failures").AddColumn("Time").AddColumn("Exercises");
        foreach (var run in runs)
        {
            var failures = run.LoadError is null
                ? FailurePolicy.Unexpected(run, learner).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "not run";
            table.AddRow(
                Markup.Escape(run.Name),
                run.CellsRun.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FailurePolicy.Failed(run, learner) ? $"[red]{failures}[/]" : failures,
                RunText.Seconds(run.Duration),
                Exercises(run));
        }
        console.Write(table);
        foreach (var run in runs.Where(r => FailurePolicy.Failed(r, learner)))
        {
            if (run.LoadError is { } error)
                console.MarkupLine($"[red]{Markup.Escape(error)}[/]");
            foreach (var cell in FailurePolicy.Unexpected(run, learner))
                console.MarkupLine($"[red]{Markup.Escape($"notebook {run.Name}, {cell.Label}: {RunText.FirstLine(cell.Message ?? cell.Status.ToString())}")}[/]");
        }
    }

    private static string Exercises(NotebookRun run)
    {
        var parts = run.Exercises.Select(e => $"[{Colour(e.Status)}]{Markup.Escape($"{e.Exercise} {RunText.Status(e.Status)}")}[/]").ToList();
        if (run.QuizScore is { } score)
            parts.Add(Markup.Escape($"quiz {score}"));
        return parts.Count == 0 ? "-" : string.Join("\n", parts);
    }

    private static string Colour(string status) => status switch
    {
        ExerciseStatus.Correct => "green",
        ExerciseStatus.Wrong => "red",
        _ => "yellow",
    };
}
