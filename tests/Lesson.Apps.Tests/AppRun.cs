using System.Text.RegularExpressions;
using Lesson.Notebooks.Execution;
using LessonExercises;

namespace Lesson.Apps.Tests;

/// <summary>What one run of an app gave: its exit code, its terminal output and its page.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output and error, in order.</param>
/// <param name="PageHtml">The page the run wrote (empty when none).</param>
internal sealed partial record AppRun(int ExitCode, string Output, string PageHtml)
{
    /// <summary>The exercises the page reports, read as the lesson runner reads a notebook's outputs.</summary>
    public IReadOnlyList<ExerciseStatus> Exercises => ExerciseReader.Exercises([PageData]);

    /// <summary>The quiz score the page reports ("4/4"), or null.</summary>
    public string? QuizScore => ExerciseReader.QuizScore([PageData]);

    /// <summary>The hint of the last report of <paramref name="exercise"/> on the page, or null.</summary>
    public string? Hint(string exercise) => HintIn(PageData.Outputs, exercise);

    /// <summary>The terminal lines of exercise feedback (✔, ✎ self-checked, ✘, ○ and their hints).</summary>
    public IEnumerable<string> FeedbackLines => Output.Split('\n')
        .Where(l => l.StartsWith('✔') || l.StartsWith('✎') || l.StartsWith('✘') || l.StartsWith('○') || l.TrimStart().StartsWith("Hint:", StringComparison.Ordinal));

    /// <summary>The hint of the last report of <paramref name="exercise"/> among
    /// <paramref name="outputs"/> (the JSON documents checks display), or null.</summary>
    public static string? HintIn(IEnumerable<CellOutput> outputs, string exercise) =>
        outputs.Select(o => ExerciseReport.FromJson(o.Get(ExerciseReport.MimeType)))
            .LastOrDefault(r => r?.Exercise == exercise)?.Hint;

    // The page's data blocks (<script type="application/vnd.lesson…">), as the outputs of one cell.
    private CellRun PageData => new(0, null, CellStatus.Succeeded,
        DataBlock().Matches(PageHtml)
            .Select(m => new CellOutput(OutputKind.Display, new Dictionary<string, string> { [m.Groups[1].Value] = m.Groups[2].Value }))
            .ToList(), TimeSpan.Zero);

    [GeneratedRegex("<script type=\"(application/vnd\\.lesson\\.[^\"]+)\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
