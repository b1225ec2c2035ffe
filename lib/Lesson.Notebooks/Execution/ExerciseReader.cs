using System.Text.RegularExpressions;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// Finds what the exercise checks reported in a run's HTML outputs. A check emits an element
/// carrying <c>data-exercise="id" data-status="..."</c>; the quiz emits <c>data-quiz-score="n/total"</c>.
/// When an exercise is reported more than once (Run All twice, a re-check) the last report wins.
/// </summary>
public static partial class ExerciseReader
{
    /// <summary>Every exercise reported in the outputs, in order of first appearance.</summary>
    public static IReadOnlyList<ExerciseStatus> Exercises(IEnumerable<CellRun> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var order = new List<string>();
        var latest = new Dictionary<string, ExerciseStatus>(StringComparer.Ordinal);
        foreach (var (cell, html) in HtmlOutputs(cells))
        {
            foreach (Match tag in TagWithExercise().Matches(html))
            {
                var id = Attribute(tag.Value, "data-exercise");
                var status = Attribute(tag.Value, "data-status");
                if (id is null || status is null)
                    continue;
                if (!latest.ContainsKey(id))
                    order.Add(id);
                latest[id] = new ExerciseStatus(id, status, cell.Index);
            }
        }
        return order.Select(id => latest[id]).ToList();
    }

    /// <summary>The last quiz score reported ("3/4"), or null when the run reported none.</summary>
    public static string? QuizScore(IEnumerable<CellRun> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        string? score = null;
        foreach (var (_, html) in HtmlOutputs(cells))
        {
            foreach (Match match in QuizScorePattern().Matches(html))
                score = match.Groups[1].Value;
        }
        return score;
    }

    private static IEnumerable<(CellRun Cell, string Html)> HtmlOutputs(IEnumerable<CellRun> cells) =>
        from cell in cells
        from output in cell.Outputs
        let html = output.Get("text/html")
        where html is not null
        select (cell, html);

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, name + "\\s*=\\s*[\"']([^\"']*)[\"']", RegexOptions.CultureInvariant);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<[^<>]*\\bdata-exercise\\s*=[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagWithExercise();

    [GeneratedRegex("data-quiz-score\\s*=\\s*[\"'](\\d+\\s*/\\s*\\d+)[\"']", RegexOptions.CultureInvariant)]
    private static partial Regex QuizScorePattern();
}
