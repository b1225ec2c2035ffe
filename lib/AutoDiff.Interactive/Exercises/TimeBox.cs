using System.Globalization;

namespace AutoDiff.Interactive;

/// <summary>
/// Runs a check's work (which calls the learner's code) on a background thread of its own and
/// gives up when one call of the learner's code has run longer than <see cref="Check.TimeLimit"/>
/// (timed by a <see cref="LearnerClock"/>; the check's own work is not limited). .NET cannot stop a thread from outside, so code
/// that never finishes keeps running in the background (on one CPU core) while the kernel goes on;
/// only a kernel restart ends it.
/// </summary>
internal static class TimeBox
{
    // How often the wait looks at the learner clock.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>The result of <paramref name="work"/>, or null when the learner's code timed by
    /// <paramref name="clock"/> ran longer than <paramref name="limit"/> in one go; an exception
    /// <paramref name="work"/> throws is rethrown here.</summary>
    internal static CheckResult? Run(Func<CheckResult> work, LearnerClock clock, TimeSpan limit)
    {
        var outcome = new TaskCompletionSource<CheckResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                outcome.SetResult(work());
            }
#pragma warning disable CA1031 // Everything the learner's code throws is handed back to the check.
            catch (Exception e)
#pragma warning restore CA1031
            {
                outcome.SetException(e);
            }
        })
        { IsBackground = true, Name = "lesson check" };
        thread.Start();
        while (!outcome.Task.Wait(Poll, CancellationToken.None))
        {
            if (clock.Running > limit) return null;
        }
        return outcome.Task.GetAwaiter().GetResult();
    }

    /// <summary>The result when the learner's code did not finish in time.</summary>
    internal static CheckResult TimedOut(string exerciseId, TimeSpan limit)
    {
        string seconds = limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return CheckResult.Fail(exerciseId,
            $"Your code did not finish within {seconds} s, the check's time limit, so it was not graded.",
            "Look for a loop whose condition never becomes false or a recursion without a base case. " +
            "The unfinished run goes on in the background (it uses one CPU core) while your definitions and this kernel stay usable: " +
            "fix the code, run its cell, then this check. If the notebook gets slow, restart the kernel and run the cells from the top. " +
            "Code that is just slow can have more time: Check.TimeLimit = TimeSpan.FromSeconds(30);");
    }
}
