using Lesson.Notebooks.Apps;
using Lesson.Notebooks.Execution;

namespace Lesson.Apps.Tests;

/// <summary>Every learner app, as generated, runs to the end with every check "not attempted yet",
/// and its feedback never sends the learner to a cell.</summary>
public sealed class LearnerAppTests
{
    [Theory]
    [MemberData(nameof(Apps.All), MemberType = typeof(Apps))]
    public async Task LearnerApp_RunsWithEveryCheckNotAttempted(string name)
    {
        var run = await Apps.RunAsync(AppVariant.Learner, name);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(ExpectedChecks.In(name), run.Exercises.Count);
        Assert.All(run.Exercises, e => Assert.True(e.Status == ExerciseStatus.NotAttempted, $"{e.Exercise}: {e.Status}\n{run.Output}"));
        // Each check prints a ○ line (00-start-here's readiness line starts with ✔ too).
        Assert.True(run.FeedbackLines.Count(l => l.StartsWith('○')) >= run.Exercises.Count, run.Output);
        Assert.All(run.FeedbackLines, l => Assert.DoesNotContain("cell", l, StringComparison.OrdinalIgnoreCase));
    }
}
