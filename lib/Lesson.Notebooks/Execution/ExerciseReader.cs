using LessonExercises;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Reads what the exercise checks reported in a run's outputs: each check displays a JSON document
/// in the MIME type <see cref="ExerciseReport.MimeType"/> next to its HTML, the quiz score one in
/// <see cref="QuizScoreReport.MimeType"/>. No HTML is parsed. When an exercise is reported more than
/// once (Run All twice, a re-check) the last report wins; a damaged document is skipped.
/// </summary>
public static class ExerciseReader
{
    /// <summary>Every exercise reported in the outputs, in order of first appearance.</summary>
    public static IReadOnlyList<ExerciseStatus> Exercises(IEnumerable<CellRun> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var order = new List<string>();
        var latest = new Dictionary<string, ExerciseStatus>(StringComparer.Ordinal);
        foreach (var (cell, json) in Documents(cells, ExerciseReport.MimeType))
        {
            if (ExerciseReport.FromJson(json) is not { } report)
                continue;
            if (!latest.ContainsKey(report.Exercise))
                order.Add(report.Exercise);
            latest[report.Exercise] = new ExerciseStatus(report.Exercise, report.Status.Key(), cell.Index, report.Attempt, report.Message);
        }
        return order.Select(id => latest[id]).ToList();
    }

    /// <summary>The last quiz score reported ("3/4"), or null when the run reported none.</summary>
    public static string? QuizScore(IEnumerable<CellRun> cells) => QuizScoreReport(cells)?.Fraction;

    /// <summary>The last quiz score reported, or null when the run reported none.</summary>
    public static QuizScoreReport? QuizScoreReport(IEnumerable<CellRun> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Documents(cells, LessonExercises.QuizScoreReport.MimeType)
            .Select(d => LessonExercises.QuizScoreReport.FromJson(d.Json))
            .LastOrDefault(s => s is not null);
    }

    private static IEnumerable<(CellRun Cell, string Json)> Documents(IEnumerable<CellRun> cells, string mimeType) =>
        from cell in cells
        from output in cell.Outputs
        let json = output.Get(mimeType)
        where json is not null
        select (cell, json);
}
