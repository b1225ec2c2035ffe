using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Tests;

/// <summary>What a worked solution's check must report: "correct" for a checked part, "self-checked"
/// for a self-assessed one (its written answer and marks are the learner's; nothing grades them).</summary>
internal static class SolutionStatus
{
    public static string Expected(ExerciseStatus exercise) =>
        LessonExercises.ExerciseCatalogue.Get(exercise.Exercise).IsSelfAssessed ? ExerciseStatus.SelfChecked : ExerciseStatus.Correct;
}
