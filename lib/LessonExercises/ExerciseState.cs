namespace LessonExercises;

/// <summary>What a check found for one exercise.</summary>
public enum ExerciseState
{
    /// <summary>The exercise still holds its stub (or the cells above it have not run).</summary>
    NotAttempted,
    /// <summary>The answer disagrees with the independent truth (or the learner's code threw or timed out).</summary>
    Wrong,
    /// <summary>The learner's answer agrees with the independent truth.</summary>
    Correct,
    /// <summary>A self-assessed part: the learner wrote an answer and marked, against the key
    /// points, what it makes. The lesson does not grade free text, so this is never "correct".</summary>
    SelfChecked,
}

/// <summary>The key (in JSON documents) and the words (shown to the learner) of each state, written once.</summary>
public static class ExerciseStates
{
    /// <summary>The key of <see cref="ExerciseState.Correct"/>.</summary>
    public const string CorrectKey = "correct";

    /// <summary>The key of <see cref="ExerciseState.NotAttempted"/>.</summary>
    public const string NotAttemptedKey = "not-attempted";

    /// <summary>The key of <see cref="ExerciseState.Wrong"/>.</summary>
    public const string WrongKey = "wrong";

    /// <summary>The key of <see cref="ExerciseState.SelfChecked"/>.</summary>
    public const string SelfCheckedKey = "self-checked";

    /// <summary>Every state, in the order views count them: checked right, self-checked, not yet right, not attempted yet.</summary>
    public static IReadOnlyList<ExerciseState> All { get; } =
        [ExerciseState.Correct, ExerciseState.SelfChecked, ExerciseState.Wrong, ExerciseState.NotAttempted];

    /// <summary>"correct", "self-checked", "not-attempted" or "wrong": the machine-readable key.</summary>
    public static string Key(this ExerciseState state) => state switch
    {
        ExerciseState.Correct => CorrectKey,
        ExerciseState.SelfChecked => SelfCheckedKey,
        ExerciseState.NotAttempted => NotAttemptedKey,
        _ => WrongKey,
    };

    /// <summary>"correct", "self-checked (not graded)", "not attempted yet" or "not yet right": the words every view shows.</summary>
    public static string Words(this ExerciseState state) => state switch
    {
        ExerciseState.Correct => "correct",
        ExerciseState.SelfChecked => SelfCheckedWords,
        ExerciseState.NotAttempted => "not attempted yet",
        _ => "not yet right",
    };

    /// <summary>True for a state that finishes a part: <see cref="ExerciseState.Correct"/> for a
    /// checked part, <see cref="ExerciseState.SelfChecked"/> for a self-assessed one.</summary>
    public static bool IsDone(this ExerciseState state) => state is ExerciseState.Correct or ExerciseState.SelfChecked;

    private const string SelfCheckedWords = "self-checked (not graded)";

    /// <summary>The words for a key, or the key itself when it is not one of the four.</summary>
    public static string Words(string key) => TryParse(key, out var state) ? state.Words() : key;

    /// <summary>The state whose key is <paramref name="key"/>.</summary>
    public static bool TryParse(string? key, out ExerciseState state)
    {
        (bool known, state) = key switch
        {
            CorrectKey => (true, ExerciseState.Correct),
            NotAttemptedKey => (true, ExerciseState.NotAttempted),
            WrongKey => (true, ExerciseState.Wrong),
            SelfCheckedKey => (true, ExerciseState.SelfChecked),
            _ => (false, ExerciseState.NotAttempted),
        };
        return known;
    }
}
