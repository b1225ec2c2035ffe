using System.Globalization;
using System.Text.RegularExpressions;
using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// Whether a free-text answer is there at all: not empty, not the placeholder, more than a few
/// words. That is all a check decides about free text; what the answer says is the learner's to
/// judge against the key points.
/// </summary>
public static partial class WrittenAnswer
{
    /// <summary>The words of <paramref name="text"/> that count (the placeholder left out): runs of
    /// letters or digits, so "f(x+h)" or "∂f/∂x" count as the words they contain.</summary>
    public static int Words(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : Word().Count(WithoutPlaceholder(text));

    /// <summary>Why <paramref name="text"/> (returned by the learner's method <paramref name="method"/>)
    /// is not an answer yet, in a message that says what to do; null when it is one.</summary>
    public static string? Problem(string? text, string method)
    {
        string where = $"between the triple quotes of {method}() (a C# raw string: write plain prose, on as many lines as you like)";
        if (string.IsNullOrWhiteSpace(text))
            return $"Not attempted yet: your written answer is empty. Write it in your own words {where}, run that cell, then this check.";
        int words = Words(text);
        if (words == 0 && HasPlaceholder(text))
            return $"Not attempted yet: {method}() still returns “{WrittenAnswers.Placeholder}” Replace that line with your answer in your own words {where}, run that cell, then this check.";
        if (words < WrittenAnswers.MinimumWords)
            return string.Create(CultureInfo.InvariantCulture,
                $"Not attempted yet: your written answer has {words} word{(words == 1 ? "" : "s")}, too few to compare with key points. Write it out in a sentence or two (at least {WrittenAnswers.MinimumWords} words) {where}, run that cell, then this check.");
        return null;
    }

    private static bool HasPlaceholder(string text) => text.Contains(PlaceholderCore, StringComparison.OrdinalIgnoreCase);

    private static string WithoutPlaceholder(string text) => text.Replace(PlaceholderCore, " ", StringComparison.OrdinalIgnoreCase);

    // "Write your answer here" with or without the full stop or Markdown's underscores.
    private static readonly string PlaceholderCore = WrittenAnswers.Placeholder.TrimEnd('.');

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
