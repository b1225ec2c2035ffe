using LessonExercises;

namespace AutoDiff.Visuals;

/// <summary>What a feedback box shows.</summary>
/// <param name="Exercise">The exercise id (its label comes from the catalogue).</param>
/// <param name="State">What the check found.</param>
/// <param name="Message">What the check found, in words (plain text).</param>
/// <param name="Hint">What to look at next (plain text), or null.</param>
/// <param name="FigureHtml">Trusted HTML made by the library (a graph, a narration), or null.</param>
/// <param name="SelfAssessment">For a self-assessed part, the learner's answer beside the key points (escaped when drawn), or null.</param>
public sealed record FeedbackCard(string Exercise, ExerciseState State, string Message, string? Hint = null, string? FigureHtml = null,
    SelfAssessment? SelfAssessment = null);

/// <summary>Renders exercise feedback and the quiz score as HTML fragments, in <see cref="ExerciseStyle"/>.</summary>
public static class FeedbackHtml
{
    /// <summary>
    /// <c>&lt;div class="exercise-check" data-exercise="…" data-status="…"&gt;</c> with the icon, the
    /// exercise's label, the state in words ("correct", "self-checked (not graded)", "not yet right",
    /// "not attempted yet"), the message, the hint, the learner's answer beside the key points and the
    /// figure. Message, hint and answer are escaped; the figure is inserted as is.
    /// </summary>
    public static string Render(FeedbackCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        string colour = ExerciseStyle.Colour(card.State);
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"exercise-check\" data-exercise=\"{HtmlText.Escape(card.Exercise)}\" data-status=\"{card.State.Key()}\" style=\"{ExerciseStyle.Box(colour)}\">");
        html.Append($"<strong style=\"color:{colour}\">{ExerciseStyle.Icon(card.State)} {HtmlText.Escape(ExerciseCatalogue.LabelOf(card.Exercise))}: {card.State.Words()}</strong> ");
        html.Append($"<span>{HtmlText.Escape(card.Message)}</span>");
        if (card.Hint is not null)
            html.Append($"<div class=\"exercise-hint\" style=\"margin-top:4px\"><em>Hint:</em> {HtmlText.Escape(card.Hint)}</div>");
        if (card.SelfAssessment is { } view)
            html.Append(SelfAssessmentHtml.Render(view));
        if (card.FigureHtml is not null)
            html.Append($"<div class=\"exercise-figure\" style=\"margin-top:6px\">{card.FigureHtml}</div>");
        return html.Append("</div>").ToString();
    }

    /// <summary>The feedback as one or two lines of plain text.</summary>
    public static string Text(FeedbackCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        string text = $"{ExerciseStyle.Icon(card.State)} {ExerciseCatalogue.LabelOf(card.Exercise)}: {card.State.Words()}. {card.Message}";
        if (card.Hint is not null) text += $"{Environment.NewLine}  Hint: {card.Hint}";
        return card.SelfAssessment is { } view ? text + Environment.NewLine + SelfAssessmentHtml.Text(view) : text;
    }

    /// <summary>The quiz score box: "Quiz score: 3/4 (4 of 4 answered)", green when all are correct.</summary>
    public static string QuizScore(QuizScoreReport score)
    {
        ArgumentNullException.ThrowIfNull(score);
        bool all = score.Correct == score.Total;
        string colour = all ? ExerciseStyle.Colour(ExerciseState.Correct) : ExerciseStyle.PartialColour;
        return $"<div class=\"quiz-score\" style=\"{ExerciseStyle.Box(colour)}\"><strong>Quiz score: {score.Fraction}</strong> " +
               $"({score.Answered} of {score.Total} answered){(all ? " — all correct!" : "")}</div>";
    }

    /// <summary>The quiz score as plain text.</summary>
    public static string QuizScoreText(QuizScoreReport score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return $"Quiz score: {score.Fraction} ({score.Answered} of {score.Total} answered)";
    }
}
