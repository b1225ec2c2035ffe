namespace AutoDiff.Interactive;

/// <summary>What an exercise check found.</summary>
public enum CheckStatus
{
    /// <summary>The learner's answer agrees with the independent truth.</summary>
    Correct,
    /// <summary>The exercise still holds its stub (or the cells above it have not run).</summary>
    NotAttempted,
    /// <summary>The answer disagrees (or the learner's code threw); the result carries a hint.</summary>
    Wrong,
}
