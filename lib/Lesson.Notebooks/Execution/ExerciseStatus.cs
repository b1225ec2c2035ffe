using LessonExercises;

namespace Lesson.Notebooks.Execution;

/// <summary>
/// The status of one self-checking exercise, as its check last reported it in its JSON document
/// (<see cref="ExerciseReport"/>, MIME type <see cref="ExerciseReport.MimeType"/>).
/// </summary>
/// <param name="Exercise">The exercise id, e.g. "1.2.40.3" (see <see cref="ExerciseCatalogue"/>).</param>
/// <param name="Status">"correct", "self-checked", "not-attempted" or "wrong" (<see cref="ExerciseStates"/>' keys).</param>
/// <param name="CellIndex">Zero-based index of the cell whose output last reported it.</param>
/// <param name="Attempt">Which check of the exercise in that kernel it was (1 = first).</param>
/// <param name="Message">What the check said.</param>
public sealed record ExerciseStatus(string Exercise, string Status, int CellIndex, int Attempt = 1, string Message = "")
{
    /// <summary>The check found the learner's answer right.</summary>
    public const string Correct = ExerciseStates.CorrectKey;

    /// <summary>A self-assessed part the learner marked complete (never graded, so never "correct").</summary>
    public const string SelfChecked = ExerciseStates.SelfCheckedKey;

    /// <summary>The learner has not replaced the stub yet.</summary>
    public const string NotAttempted = ExerciseStates.NotAttemptedKey;

    /// <summary>The check found the learner's answer wrong.</summary>
    public const string Wrong = ExerciseStates.WrongKey;

    /// <summary>The status in the words the notebooks use: "correct", "self-checked (not graded)", "not yet right", "not attempted yet".</summary>
    public string Words => ExerciseStates.Words(Status);

    /// <summary>The exercise's title from the catalogue, or its id when the catalogue does not know it.</summary>
    public string Title => ExerciseCatalogue.Find(Exercise)?.Title ?? Exercise;
}
