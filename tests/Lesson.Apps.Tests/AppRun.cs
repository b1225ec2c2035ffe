using System.Text.RegularExpressions;
using Lesson.Notebooks.Execution;

namespace Lesson.Apps.Tests;

/// <summary>What one run of an app gave: its exit code, its terminal output and its page.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output and error, in order.</param>
/// <param name="PageHtml">The page the run wrote (empty when none).</param>
internal sealed partial record AppRun(int ExitCode, string Output, string PageHtml)
{
    /// <summary>The exercises the page reports, read as the lesson runner reads a notebook's outputs.</summary>
    public IReadOnlyList<ExerciseStatus> Exercises => ExerciseReader.Exercises([AsCell(PageHtml)]);

    /// <summary>The quiz score the page reports ("4/4"), or null.</summary>
    public string? QuizScore => ExerciseReader.QuizScore([AsCell(PageHtml)]);

    /// <summary>The hint shown for <paramref name="exercise"/> on the page (HTML-decoded), or null.</summary>
    public string? Hint(string exercise) => HintIn(PageHtml, exercise);

    /// <summary>The terminal lines of exercise feedback (✔, ✘, ○ and their hints).</summary>
    public IEnumerable<string> FeedbackLines => Output.Split('\n')
        .Where(l => l.StartsWith('✔') || l.StartsWith('✘') || l.StartsWith('○') || l.TrimStart().StartsWith("Hint:", StringComparison.Ordinal));

    /// <summary>The hint of <paramref name="exercise"/> in any HTML holding exercise feedback: the
    /// first exercise-hint element after the exercise's own element and before the next one's.</summary>
    public static string? HintIn(string html, string exercise)
    {
        string marker = $"data-exercise=\"{exercise}\"";
        int start = html.LastIndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        int end = html.IndexOf("data-exercise=", start + marker.Length, StringComparison.Ordinal);
        string box = end < 0 ? html[start..] : html[start..end];
        var hint = HintPattern().Match(box);
        return hint.Success ? System.Net.WebUtility.HtmlDecode(Tags().Replace(hint.Groups[1].Value, "")).Trim() : null;
    }

    private static CellRun AsCell(string html) =>
        new(0, null, CellStatus.Succeeded,
            [new CellOutput(OutputKind.Display, new Dictionary<string, string> { ["text/html"] = html })], TimeSpan.Zero);

    [GeneratedRegex("class=\"exercise-hint\"[^>]*>(?:\\s*<em>Hint:</em>)?(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex HintPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
