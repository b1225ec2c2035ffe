using AutoDiff.Visuals;
using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// The feedback of one exercise check: which exercise, what the check found, a message that says
/// why, and for a wrong answer a hint that names the input, the expected and the actual value, or
/// the node of the graph that disagrees. Displayed in a notebook it shows as HTML (rendered by
/// <see cref="FeedbackHtml"/>) and, next to it, as the JSON document <see cref="Report"/> in the
/// MIME type <see cref="ExerciseReport.MimeType"/>, which the lesson runner reads.
/// </summary>
/// <param name="ExerciseId">The exercise, an id of <see cref="ExerciseCatalogue"/>: "1.2.40.3", "mini-project", "quiz.2".</param>
/// <param name="Status">Correct, self-checked (a self-assessed part the learner marked), not attempted or wrong.</param>
/// <param name="Message">What the check found, in one or two sentences.</param>
/// <param name="Hint">What to look at next (usually only for a wrong answer), or null.</param>
public sealed record CheckResult(string ExerciseId, ExerciseState Status, string Message, string? Hint)
{
    /// <summary>Optional HTML shown under the feedback (for example the learner's own graph);
    /// produced by the check, never by learner text, so it is trusted.</summary>
    public string? FigureHtml { get; init; }

    /// <summary>For a self-assessed part: the learner's written answer beside the key points (learner
    /// text, escaped when drawn), or null.</summary>
    public SelfAssessment? SelfAssessment { get; init; }

    /// <summary>Draws the figure later, after the time limit on the learner's code (set by a check, cleared by the grader).</summary>
    internal Func<string>? DrawFigure { get; init; }

    /// <summary>How many times this exercise has been checked in this kernel, this check included.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>True when the answer is correct.</summary>
    public bool IsCorrect => Status == ExerciseState.Correct;

    /// <summary>The result as data, for the runner and the progress view.</summary>
    public ExerciseReport Report => new(ExerciseId, Status, Attempt, Message, Hint);

    /// <summary>A correct result.</summary>
    public static CheckResult Pass(string exerciseId, string message) => new(exerciseId, ExerciseState.Correct, message, null);

    /// <summary>A wrong result with a hint.</summary>
    public static CheckResult Fail(string exerciseId, string message, string? hint) => new(exerciseId, ExerciseState.Wrong, message, hint);

    /// <summary>A self-assessed part the learner marked complete: never <see cref="ExerciseState.Correct"/>,
    /// since the lesson does not grade free text.</summary>
    public static CheckResult SelfChecked(string exerciseId, string message) => new(exerciseId, ExerciseState.SelfChecked, message, null);

    /// <summary>A not-attempted result.</summary>
    public static CheckResult Pending(string exerciseId, string message) => new(exerciseId, ExerciseState.NotAttempted, message, null);

    /// <summary>The feedback as an HTML fragment (see <see cref="FeedbackHtml.Render"/>).</summary>
    public string ToHtml() => FeedbackHtml.Render(Card);

    /// <summary>The feedback as one or two lines of plain text.</summary>
    public override string ToString() => FeedbackHtml.Text(Card);

    private FeedbackCard Card => new(ExerciseId, Status, Message, Hint, FigureHtml, SelfAssessment);
}
