namespace AutoDiff.Interactive.Tests;

public class TimeLimitTests
{
    [Fact]
    public void LearnerCodeThatNeverFinishes_IsLeftBehindAndTheNextCheckWorks()
    {
        using var release = new ManualResetEventSlim();
        var started = System.Diagnostics.Stopwatch.StartNew();

        // A loop whose condition stays true until the test releases it (so it does not burn a core afterwards).
        var result = Check.ChainRule(x => { while (!release.IsSet) { } return x; });
        var waited = started.Elapsed;
        release.Set();

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("did not finish within 5 s", result.Message, StringComparison.Ordinal);
        Assert.Contains("kernel stay usable", result.Hint, StringComparison.Ordinal);
        Assert.Contains("Check.TimeLimit", result.Hint, StringComparison.Ordinal);
        Assert.InRange(waited, Check.TimeLimit, Check.TimeLimit + TimeSpan.FromSeconds(30));
        Assert.Equal(ExerciseState.Correct, Check.ChainRule(x => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x))).Status);
    }

    [Fact]
    public void SlowCheckWorkOnALargeLearnerGraph_IsNotCountedAgainstTheLimit()
    {
        // Each call of the learner's function is quick; the check's own tracing of 100,000 nodes is not limited.
        var result = Check.Homework((x, y) =>
        {
            var s = x * y;
            for (int i = 0; i < 20_000; i++) s += 1e-5 * Value.Sin(x + y);
            return s;
        }, _ => "<svg/>");

        Assert.Equal(ExerciseState.Correct, result.Status);
    }

    [Fact]
    public void TimeLimit_NotPositive_IsRejectedWithTheFix()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Check.TimeLimit = TimeSpan.Zero);
        Assert.Contains("TimeSpan.FromSeconds(5)", e.Message, StringComparison.Ordinal);
    }
}
