namespace LessonExercises;

/// <summary>One line of the progress view: an exercise of the catalogue and its recorded state.</summary>
/// <param name="Exercise">The exercise (or checked part).</param>
/// <param name="State">Its last recorded state; <see cref="ExerciseState.NotAttempted"/> when nothing is recorded.</param>
public sealed record ExerciseProgress(ExerciseInfo Exercise, ExerciseState State);

/// <summary>
/// The learner's progress through the whole lesson: every exercise of <see cref="ExerciseCatalogue"/>
/// in lesson order with its recorded state, and the one to do next.
/// </summary>
public sealed class LessonProgress
{
    /// <summary>Progress from the recorded states by exercise id (ids not in the catalogue are ignored;
    /// exercises with no record are "not attempted yet"; a self-assessed part recorded as correct, by an
    /// older version, is self-checked).</summary>
    /// <param name="states">The recorded state of each exercise id.</param>
    /// <param name="note">A remark to show once with the view (e.g. that a damaged record was reset), or null.</param>
    public LessonProgress(IReadOnlyDictionary<string, ExerciseState> states, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        Exercises = ExerciseCatalogue.All
            .Select(e => new ExerciseProgress(e, states.TryGetValue(e.Id, out var s) ? Shown(e, s) : ExerciseState.NotAttempted))
            .ToList();
        Note = note;
    }

    // A self-assessed part is never "correct": an older progress file (written before self-checked
    // existed) recorded a marked key-point list as correct; it reads as self-checked.
    private static ExerciseState Shown(ExerciseInfo exercise, ExerciseState state) =>
        exercise.IsSelfAssessed && state == ExerciseState.Correct ? ExerciseState.SelfChecked : state;

    /// <summary>Every exercise, in lesson order.</summary>
    public IReadOnlyList<ExerciseProgress> Exercises { get; }

    /// <summary>A remark to show with the view, or null.</summary>
    public string? Note { get; }

    /// <summary>The first exercise in lesson order that is not yet right or not attempted yet, or
    /// null when every checked part is correct and every self-assessed part self-checked.</summary>
    public ExerciseProgress? Next => Exercises.FirstOrDefault(e => !e.State.IsDone());

    /// <summary>How many exercises are in <paramref name="state"/>.</summary>
    public int Count(ExerciseState state) => Exercises.Count(e => e.State == state);

    /// <summary>How many parts the lesson checks (every entry that is not self-assessed).</summary>
    public int CheckedParts => Exercises.Count(e => !e.Exercise.IsSelfAssessed);

    /// <summary>How many parts the learner assesses against key points (<see cref="ExerciseInfo.IsSelfAssessed"/>).</summary>
    public int SelfAssessedParts => Exercises.Count(e => e.Exercise.IsSelfAssessed);

    /// <summary>The exercises grouped by notebook, notebooks in lesson order.</summary>
    public IEnumerable<IGrouping<string, ExerciseProgress>> ByNotebook => Exercises.GroupBy(e => e.Exercise.Notebook);

    /// <summary>What to do next, in one sentence: the exercise, where it is, and its state.</summary>
    public string NextStep => Next is { } next
        ? $"Next: {next.Exercise.Label} — {next.Exercise.Title}, in {next.Exercise.Notebook}.ipynb ({next.State.Words()})."
        : Count(ExerciseState.SelfChecked) == 0
            ? "Every exercise is correct. Proceed to Lesson 1.2.41 when ready."
            : "Every checked part is correct and every written answer self-checked against its key points. Proceed to Lesson 1.2.41 when ready.";
}
