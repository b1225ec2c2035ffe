using Lesson.Notebooks.Apps;
using Lesson.Notebooks.Execution;

namespace Lesson.Apps.Tests;

/// <summary>Every solution app builds, runs to the end and finds every check correct.</summary>
public sealed class SolutionAppTests
{
    [Theory]
    [MemberData(nameof(Apps.All), MemberType = typeof(Apps))]
    public async Task SolutionApp_RunsWithEveryCheckCorrect(string name)
    {
        var run = await Apps.RunAsync(AppVariant.Solution, name);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(ExpectedChecks.In(name), run.Exercises.Count);
        Assert.All(run.Exercises, e => Assert.True(e.Status == ExerciseStatus.Correct, $"{e.Exercise}: {e.Status}\n{run.Output}"));
        // Each check prints a ✔ line (00-start-here's readiness line starts with ✔ too).
        Assert.True(run.FeedbackLines.Count(l => l.StartsWith('✔')) >= run.Exercises.Count, run.Output);
        Assert.DoesNotContain("Error:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"out/{name}.html", run.Output, StringComparison.Ordinal);
        if (name == "05-quiz") Assert.Equal("4/4", run.QuizScore);
    }
}
