using System.Collections.Concurrent;

namespace AutoDiff.Interactive;

/// <summary>
/// Counts the checks of each exercise in this kernel, so a result can say which attempt it is.
/// Kernel-wide on purpose: the count belongs to the learner's session, and a kernel restart
/// (which also forgets every definition) starts it again at 1.
/// </summary>
internal static class Attempts
{
    private static readonly ConcurrentDictionary<string, int> Counts = new(StringComparer.Ordinal);

    /// <summary><paramref name="result"/> stamped with the next attempt number of its exercise, and
    /// recorded in the learner's progress (<see cref="ProgressLog"/>): every check passes here.</summary>
    internal static CheckResult Stamp(CheckResult result)
    {
        ProgressLog.Record(result);
        return result with { Attempt = Counts.AddOrUpdate(result.ExerciseId, 1, (_, n) => n + 1) };
    }

    /// <summary>How many checks of <paramref name="exerciseId"/> this kernel has run.</summary>
    internal static int Count(string exerciseId) => Counts.GetValueOrDefault(exerciseId);
}
