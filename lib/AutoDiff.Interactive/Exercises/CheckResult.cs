using System.Net;
using System.Text;

namespace AutoDiff.Interactive;

/// <summary>
/// The feedback of one exercise check: which exercise, what the check found, a message that says
/// why, and for a wrong answer a hint that names the input, the expected and the actual value, or
/// the node of the graph that disagrees. Displayed in a notebook it renders as a coloured box whose
/// <c>data-exercise</c> and <c>data-status</c> attributes the lesson runner reads.
/// </summary>
/// <param name="ExerciseId">The exercise, e.g. "1.2.40.3", "mini-project" or "quiz.2".</param>
/// <param name="Status">Correct, not attempted or wrong.</param>
/// <param name="Message">What the check found, in one or two sentences.</param>
/// <param name="Hint">What to look at next (usually only for a wrong answer), or null.</param>
public sealed record CheckResult(string ExerciseId, CheckStatus Status, string Message, string? Hint)
{
    /// <summary>Optional HTML shown under the feedback (for example the learner's own graph);
    /// produced by the check, never by learner text, so it is trusted.</summary>
    public string? FigureHtml { get; init; }

    /// <summary>True when the answer is correct.</summary>
    public bool IsCorrect => Status == CheckStatus.Correct;

    /// <summary>The status as the runner reads it: "correct", "not-attempted" or "wrong".</summary>
    public string StatusKey => Status switch
    {
        CheckStatus.Correct => "correct",
        CheckStatus.NotAttempted => "not-attempted",
        _ => "wrong",
    };

    /// <summary>A correct result.</summary>
    public static CheckResult Pass(string exerciseId, string message) => new(exerciseId, CheckStatus.Correct, message, null);

    /// <summary>A wrong result with a hint.</summary>
    public static CheckResult Fail(string exerciseId, string message, string? hint) => new(exerciseId, CheckStatus.Wrong, message, hint);

    /// <summary>A not-attempted result.</summary>
    public static CheckResult Pending(string exerciseId, string message) => new(exerciseId, CheckStatus.NotAttempted, message, null);

    /// <summary>
    /// The feedback as an HTML fragment: <c>&lt;div class="exercise-check" data-exercise="…"
    /// data-status="correct|not-attempted|wrong"&gt;</c>. Message and hint are HTML-escaped.
    /// Colours are translucent so the box reads in light and dark themes.
    /// </summary>
    public string ToHtml()
    {
        var (icon, colour, title) = Status switch
        {
            CheckStatus.Correct => ("✔", "#2e9d4b", "correct"),
            CheckStatus.NotAttempted => ("○", "#8a8f98", "not attempted yet"),
            _ => ("✘", "#d1453b", "not yet right"),
        };
        var html = new StringBuilder();
        html.Append("<div class=\"exercise-check\" data-exercise=\"").Append(Encode(ExerciseId))
            .Append("\" data-status=\"").Append(StatusKey).Append("\" style=\"border-left:4px solid ").Append(colour)
            .Append(";background:").Append(colour).Append("1f;padding:6px 10px;margin:4px 0;border-radius:3px;font-family:system-ui,sans-serif;line-height:1.4\">");
        html.Append("<strong style=\"color:").Append(colour).Append("\">").Append(icon).Append(' ')
            .Append(Encode(Label(ExerciseId))).Append(": ").Append(title).Append("</strong> ");
        html.Append("<span>").Append(Encode(Message)).Append("</span>");
        if (Hint is not null)
            html.Append("<div class=\"exercise-hint\" style=\"margin-top:4px\"><em>Hint:</em> ").Append(Encode(Hint)).Append("</div>");
        if (FigureHtml is not null)
            html.Append("<div class=\"exercise-figure\" style=\"margin-top:6px\">").Append(FigureHtml).Append("</div>");
        return html.Append("</div>").ToString();
    }

    /// <summary>The feedback as one or two lines of plain text.</summary>
    public override string ToString()
    {
        string icon = Status switch { CheckStatus.Correct => "✔", CheckStatus.NotAttempted => "○", _ => "✘" };
        string text = $"{icon} {Label(ExerciseId)} [{StatusKey}]: {Message}";
        return Hint is null ? text : $"{text}{Environment.NewLine}  Hint: {Hint}";
    }

    private static string Label(string id) => char.IsDigit(id[0]) ? "Exercise " + id : id switch
    {
        "mini-project" => "Mini-project",
        "homework" => "Homework",
        "challenge" => "Coding challenge",
        _ when id.StartsWith("quiz.", StringComparison.Ordinal) => "Quiz item " + id[5..],
        _ => id,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
