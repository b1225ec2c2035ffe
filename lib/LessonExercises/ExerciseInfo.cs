namespace LessonExercises;

/// <summary>How an exercise is answered.</summary>
public enum ExerciseKind
{
    /// <summary>The learner writes code that a check grades.</summary>
    Code,
    /// <summary>A true/false quiz item, graded by the quiz.</summary>
    Quiz,
    /// <summary>A written answer compared with a model answer.</summary>
    Written,
}

/// <summary>One exercise of the lesson.</summary>
/// <param name="Id">The id every part uses: "1.2.40.3", "mini-project", "quiz.2".</param>
/// <param name="Title">The title as the notebook's heading gives it.</param>
/// <param name="Notebook">The notebook that holds it, e.g. "01-starter".</param>
/// <param name="Kind">How it is answered.</param>
public sealed record ExerciseInfo(string Id, string Title, string Notebook, ExerciseKind Kind)
{
    /// <summary>How feedback names it: "Exercise 1.2.40.3", "Mini-project", "Quiz item 2".</summary>
    public string Label => Id switch
    {
        _ when char.IsDigit(Id[0]) => "Exercise " + Id,
        _ when Id.StartsWith("quiz.", StringComparison.Ordinal) => "Quiz item " + Id[5..],
        _ when Id.StartsWith("question.", StringComparison.Ordinal) => "Question " + Id[9..],
        _ => Title,
    };
}
