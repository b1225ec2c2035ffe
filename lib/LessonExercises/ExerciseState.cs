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

    /// <summary>"correct", "not-attempted" or "wrong": the machine-readable key.</summary>
    public static string Key(this ExerciseState state) => state switch
    {
        ExerciseState.Correct => CorrectKey,
        ExerciseState.NotAttempted => NotAttemptedKey,
        _ => WrongKey,
    };

    /// <summary>"correct", "not attempted yet" or "not yet right": the words every view shows.</summary>
    public static string Words(this ExerciseState state) => state switch
    {
        ExerciseState.Correct => "correct",
        ExerciseState.NotAttempted => "not attempted yet",
        _ => "not yet right",
    };

    /// <summary>The words for a key, or the key itself when it is not one of the three.</summary>
    public static string Words(string key) => TryParse(key, out var state) ? state.Words() : key;

    /// <summary>The state whose key is <paramref name="key"/>.</summary>
    public static bool TryParse(string? key, out ExerciseState state)
    {
        (bool known, state) = key switch
        {
            CorrectKey => (true, ExerciseState.Correct),
            NotAttemptedKey => (true, ExerciseState.NotAttempted),
            WrongKey => (true, ExerciseState.Wrong),
            _ => (false, ExerciseState.NotAttempted),
        };
        return known;
    }
}
