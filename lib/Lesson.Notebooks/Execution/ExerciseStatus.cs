namespace Lesson.Notebooks.Execution;

/// <summary>
/// The status of one self-checking exercise, as its check reported it in HTML:
/// <c>data-exercise="id" data-status="correct|not-attempted|wrong"</c>.
/// </summary>
/// <param name="Exercise">The exercise id, e.g. "1.2.40.1".</param>
/// <param name="Status">"correct", "not-attempted" or "wrong".</param>
/// <param name="CellIndex">Zero-based index of the cell whose output last reported it.</param>
public sealed record ExerciseStatus(string Exercise, string Status, int CellIndex)
{
    /// <summary>The check found the learner's answer right.</summary>
    public const string Correct = "correct";

    /// <summary>The learner has not replaced the stub yet.</summary>
    public const string NotAttempted = "not-attempted";

    /// <summary>The check found the learner's answer wrong.</summary>
    public const string Wrong = "wrong";
}
