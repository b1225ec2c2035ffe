using System.Globalization;
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
            // The name never wraps (it is what a reader looks up); in 80 columns the exercises wrap instead.
            .AddColumn(new TableColumn("Notebook").NoWrap())
            .AddColumn(new TableColumn("Cells").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned())
            .AddColumn(new TableColumn("Time").RightAligned())
            .AddColumn("Exercises");
        foreach (var run in runs)
            table.AddRow(Row(run, learner));
        console.Write(table);
        foreach (var line in runs.SelectMany(r => FailureLines(r, learner)))
            console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
    }

    private static string[] Row(NotebookRun run, bool learner)
    {
        if (run.LoadError is not null)
            return [Markup.Escape(run.Name), "0", "[red]not run[/]", "-", "-"];
        var failures = FailurePolicy.Unexpected(run, learner).Count.ToString(CultureInfo.InvariantCulture);
        return
        [
            Markup.Escape(run.Name),
            run.CellsRun.ToString(CultureInfo.InvariantCulture),
            FailurePolicy.Failed(run, learner) ? $"[red]{failures}[/]" : failures,
            RunText.Seconds(run.Duration),
            Exercises(run),
        ];
    }

    // A learner's unfinished exercise stubs are not failures (FailurePolicy), so they are not listed.
    private static IEnumerable<string> FailureLines(NotebookRun run, bool learner) =>
        run.LoadError is { } error
            ? [error]
            : FailurePolicy.Unexpected(run, learner).Select(cell => $"notebook {run.Name}, {RunText.FailureLine(cell)}")
                .Concat(RunText.Interrupted(run) is { } interrupted ? [$"notebook {run.Name}: {interrupted}"] : []);

    private static string Exercises(NotebookRun run)
    {
        var parts = run.Exercises.Select(e => $"[{Colour(e.Status)}]{Markup.Escape($"{e.Exercise} {e.Words}")}[/]").ToList();
        if (run.QuizScore is { } score)
            parts.Add(Markup.Escape($"quiz {score}"));
        if (RunText.NotRunNote(run) is { } notRun)
            parts.Add(Markup.Escape(notRun));
        return parts.Count == 0 ? "-" : string.Join("\n", parts);
    }

    private static string Colour(string status) => status switch
    {
        ExerciseStatus.Correct => "green",
        ExerciseStatus.SelfChecked => "blue",
        ExerciseStatus.Wrong => "red",
        _ => "yellow",
    };
}
