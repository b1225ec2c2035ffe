namespace LessonExercises;

/// <summary>How an exercise (or a checked part of one) is answered.</summary>
public enum ExerciseKind
{
    /// <summary>The learner writes code that a check grades.</summary>
    Code,
    /// <summary>A true/false quiz item, graded by the quiz.</summary>
    Quiz,
    /// <summary>A graph the learner sketches (and fills with numbers), compared with the trace.</summary>
    Sketch,
    /// <summary>The checked part of a conceptual item: a prediction, a choice, an ordering, a kink
    /// to find, or the key points of a free-text answer.</summary>
    Concept,
}

/// <summary>One exercise of the lesson, or one checked part of an exercise.</summary>
/// <param name="Id">The id every part uses: "1.2.40.3", "mini-project", "quiz.2", "1.2.40.4.predict".</param>
/// <param name="Title">The title as the notebook's heading gives it (for a part: its exercise's title).</param>
/// <param name="Notebook">The notebook that holds it, e.g. "01-starter".</param>
/// <param name="Kind">How it is answered.</param>
/// <param name="Part">For a checked part of an exercise, what the part is ("prediction", "key points"); null for a whole exercise.</param>
public sealed record ExerciseInfo(string Id, string Title, string Notebook, ExerciseKind Kind, string? Part = null)
{
    /// <summary>The id of the exercise this is part of ("1.2.40.4" for "1.2.40.4.predict"); the id itself for a whole exercise.</summary>
    public string Item => Part is null ? Id : Id[..Id.LastIndexOf('.')];

    /// <summary>True for a self-assessed part: the key points of a written answer, which the learner
    /// marks and the lesson never grades (its best state is <see cref="ExerciseState.SelfChecked"/>).</summary>
    public bool IsSelfAssessed => Kind == ExerciseKind.Concept && Id.EndsWith(SelfAssessedSuffix, StringComparison.Ordinal);

    /// <summary>The id suffix of the self-assessed parts, ".keypoints".</summary>
    public const string SelfAssessedSuffix = ".keypoints";

    /// <summary>How feedback names it: "Exercise 1.2.40.3", "Mini-project", "Quiz item 2",
    /// "Exercise 1.2.40.4 (prediction)", "Question 5 (key points)".</summary>
    public string Label => Part is null ? ItemLabel : $"{ItemLabel} ({Part})";

    private string ItemLabel => Item switch
    {
        _ when char.IsDigit(Item[0]) => "Exercise " + Item,
        _ when Item.StartsWith("quiz.", StringComparison.Ordinal) => (Kind == ExerciseKind.Quiz ? "Quiz item " : "Question ") + Item[5..],
        _ when Item.StartsWith("challenge", StringComparison.Ordinal) => "Coding challenge",
        _ => Title,
    };
}
