using System.Globalization;
using System.Text;
using LessonExercises;

namespace AutoDiff.Visuals;

/// <summary>
/// Renders the lesson's progress: a summary line, what to do next, then every exercise grouped by
/// notebook with its state in the words the checks use, in <see cref="ExerciseStyle"/>.
/// </summary>
public static class ProgressHtml
{
    /// <summary>
    /// <c>&lt;div class="lesson-progress"&gt;</c>: the counts, the next step (<see cref="LessonProgress.NextStep"/>),
    /// and per notebook a table with one row per exercise
    /// (<c>&lt;tr data-exercise="…" data-status="…"&gt;</c>: icon, label, title, state in words).
    /// </summary>
    public static string Render(LessonProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        string colour = SummaryColour(progress);
        var html = new StringBuilder();
        html.Append($"<div class=\"lesson-progress\" style=\"{ExerciseStyle.Box(colour)}\">");
        html.Append($"<strong>Lesson progress: {HtmlText.Escape(Summary(progress))}</strong>");
        html.Append($"<div class=\"lesson-progress-next\" style=\"margin:4px 0 6px 0\">{HtmlText.Escape(progress.NextStep)}</div>");
        if (progress.Note is { } note)
            html.Append($"<div class=\"lesson-progress-note\" style=\"margin:0 0 6px 0;font-size:90%\"><em>{HtmlText.Escape(note)}</em></div>");
        // One table for all notebooks, so the columns line up from the first notebook to the last.
        html.Append("<table style=\"border-collapse:collapse;margin:0 0 0 8px\">");
        foreach (var notebook in progress.ByNotebook)
        {
            html.Append($"<tr><th colspan=\"4\" style=\"text-align:left;padding:6px 0 1px 0\">{HtmlText.Escape(notebook.Key)}.ipynb</th></tr>");
            string? previousTitle = null;
            foreach (var line in notebook)
            {
                html.Append(Row(line, ReferenceEquals(line, progress.Next), ShownTitle(line.Exercise, previousTitle)));
                previousTitle = line.Exercise.Title;
            }
        }
        return html.Append("</table></div>").ToString();
    }

    /// <summary>The same as plain text: the summary, the next step, then one line per exercise under its notebook.</summary>
    public static string Text(LessonProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var text = new StringBuilder($"Lesson progress: {Summary(progress)}").AppendLine();
        text.AppendLine(progress.NextStep);
        if (progress.Note is { } note) text.AppendLine(note);
        foreach (var notebook in progress.ByNotebook)
        {
            text.AppendLine($"{notebook.Key}.ipynb");
            string? previousTitle = null;
            foreach (var line in notebook)
            {
                string title = ShownTitle(line.Exercise, previousTitle);
                text.AppendLine($"  {ExerciseStyle.Icon(line.State)} {line.Exercise.Label}: {line.State.Words()}{(title.Length == 0 ? "" : " — " + title)}");
                previousTitle = line.Exercise.Title;
            }
        }
        return text.ToString().TrimEnd('\n', '\r');
    }

    /// <summary>"12 of 30 checked parts correct, 4 of 9 written answers self-checked (not graded),
    /// 2 not yet right, 21 not attempted yet": checked and self-assessed parts are counted apart.</summary>
    public static string Summary(LessonProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return string.Create(CultureInfo.InvariantCulture,
            $"{progress.Count(ExerciseState.Correct)} of {progress.CheckedParts} checked parts {ExerciseState.Correct.Words()}, " +
            $"{progress.Count(ExerciseState.SelfChecked)} of {progress.SelfAssessedParts} written answers {ExerciseState.SelfChecked.Words()}, " +
            $"{progress.Count(ExerciseState.Wrong)} {ExerciseState.Wrong.Words()}, {progress.Count(ExerciseState.NotAttempted)} {ExerciseState.NotAttempted.Words()}");
    }

    // The title once per exercise (its parts share it), and never when the label already is the title.
    private static string ShownTitle(ExerciseInfo exercise, string? previousTitle) =>
        exercise.Title == previousTitle || exercise.Label.StartsWith(exercise.Title, StringComparison.Ordinal) ? "" : exercise.Title;

    private static string Row(ExerciseProgress line, bool isNext, string title)
    {
        string colour = ExerciseStyle.Colour(line.State);
        string weight = isNext ? "font-weight:bold;" : "";
        return $"<tr data-exercise=\"{HtmlText.Escape(line.Exercise.Id)}\" data-status=\"{line.State.Key()}\" style=\"{weight}\">" +
               $"<td style=\"color:{colour};padding:1px 6px 1px 0\">{ExerciseStyle.Icon(line.State)}</td>" +
               $"<td style=\"padding:1px 10px 1px 0;white-space:nowrap\">{HtmlText.Escape(line.Exercise.Label)}</td>" +
               $"<td style=\"color:{colour};padding:1px 10px 1px 0;white-space:nowrap\">{line.State.Words()}</td>" +
               $"<td style=\"padding:1px 0\">{HtmlText.Escape(title)}{(isNext ? " ← next" : "")}</td></tr>";
    }

    private static string SummaryColour(LessonProgress progress) =>
        progress.Next is null ? ExerciseStyle.Colour(ExerciseState.Correct)
        : progress.Exercises.Any(e => e.State.IsDone()) ? ExerciseStyle.PartialColour
        : ExerciseStyle.Colour(ExerciseState.NotAttempted);
}
