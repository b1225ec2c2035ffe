namespace AutoDiff.Interactive;

/// <summary>
/// Exercise checks, one file per check in <c>Exercises/Checks/</c> named after it. Each takes the
/// learner's function, compares it with an independent truth (the library's reverse mode, an
/// analytic derivative or a formula evaluated here), and returns a <see cref="CheckResult"/>; none
/// ever throws. A numeric exercise is a <see cref="NumericExercise{TPoint}"/> (points, the right
/// value, mistakes, the rule on the method), graded by one engine.
/// </summary>
public static partial class Check
{
    /// <summary>
    /// The longest a check waits for the learner's code (5 s unless changed). Checks run the
    /// learner's code on a thread of its own; when it does not finish in time the check says so
    /// and the kernel stays usable. Change it for slow code with
    /// <c>Check.TimeLimit = TimeSpan.FromSeconds(30);</c>.
    /// </summary>
    public static TimeSpan TimeLimit
    {
        get => timeLimit;
        set => timeLimit = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The time limit must be positive, e.g. TimeSpan.FromSeconds(5).");
    }

    private static TimeSpan timeLimit = TimeSpan.FromSeconds(5);
}
