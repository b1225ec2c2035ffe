using System.Globalization;

namespace AutoDiff.Interactive;

/// <summary>The quiz score: items right, items answered, items in all. Renders with
/// <c>data-quiz-score="n/4"</c> for the lesson runner.</summary>
/// <param name="Correct">Items answered correctly.</param>
/// <param name="Answered">Items answered at all.</param>
/// <param name="Total">Items in the quiz.</param>
public sealed record QuizScore(int Correct, int Answered, int Total)
{
    /// <summary>"n/total", as the runner reads it.</summary>
    public string Fraction => string.Create(CultureInfo.InvariantCulture, $"{Correct}/{Total}");

    /// <summary>The score as an HTML fragment carrying <c>data-quiz-score</c>.</summary>
    public string ToHtml()
    {
        string colour = Correct == Total ? "#2e9d4b" : "#c98a1b";
        return $"<div class=\"quiz-score\" data-quiz-score=\"{Fraction}\" style=\"border-left:4px solid {colour};background:{colour}1f;padding:6px 10px;border-radius:3px;font-family:system-ui,sans-serif\">" +
               $"<strong>Quiz score: {Fraction}</strong> ({Answered} of {Total} answered){(Correct == Total ? " — all correct!" : "")}</div>";
    }

    /// <inheritdoc/>
    public override string ToString() => $"Quiz score: {Fraction} ({Answered} of {Total} answered)";
}
