using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Apps;

/// <summary>
/// Markdown cells as C# comments: the text as written (Markdown reads well as plain text), with
/// the HTML that only a notebook renders taken out: solution-region markers and the
/// <c>&lt;details&gt;</c> fold of a model answer (an app folds those away at its end instead).
/// </summary>
internal static class MarkdownComments
{
    private const string ModelAnswerStart = "<details><summary>Model answer</summary>";

    /// <summary>True when the cell is a folded model answer.</summary>
    public static bool IsModelAnswer(string markdown) =>
        markdown.TrimStart().StartsWith(ModelAnswerStart, StringComparison.Ordinal);

    /// <summary>The cell's lines as <c>// </c> comment lines.</summary>
    public static IEnumerable<string> Lines(string markdown) =>
        JupyterText.SplitLines(markdown)
            .Select(l => l.TrimEnd('\n', '\r'))
            .Where(l => !IsHtmlOnly(l.Trim()))
            .Select(l => l.Length == 0 ? "//" : "// " + l);

    /// <summary>The last section heading ("## …") in <paramref name="markdown"/>, without the
    /// hashes, or null: it names the exercise whose code follows.</summary>
    public static string? Heading(string markdown) =>
        JupyterText.SplitLines(markdown).Select(l => l.Trim())
            .LastOrDefault(l => l.StartsWith("## ", StringComparison.Ordinal))?[3..].Trim();

    private static bool IsHtmlOnly(string line) =>
        line is ModelAnswerStart or "</details>" or "<details>"
        || line == SolutionRegions.Markdown.Begin || line == SolutionRegions.Markdown.End;
}
