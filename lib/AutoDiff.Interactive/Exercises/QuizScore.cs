using AutoDiff.Visuals;
using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>The quiz score: items right, items answered, items in all. Displays as HTML and as the
/// JSON document <see cref="Report"/> (MIME type <see cref="QuizScoreReport.MimeType"/>) for the runner.</summary>
/// <param name="Correct">Items answered correctly.</param>
/// <param name="Answered">Items answered at all.</param>
/// <param name="Total">Items in the quiz.</param>
public sealed record QuizScore(int Correct, int Answered, int Total)
{
    /// <summary>The score as data.</summary>
    public QuizScoreReport Report => new(Correct, Answered, Total);

    /// <summary>"n/total".</summary>
    public string Fraction => Report.Fraction;

    /// <summary>The score as an HTML fragment.</summary>
    public string ToHtml() => FeedbackHtml.QuizScore(Report);

    /// <inheritdoc/>
    public override string ToString() => FeedbackHtml.QuizScoreText(Report);
}
