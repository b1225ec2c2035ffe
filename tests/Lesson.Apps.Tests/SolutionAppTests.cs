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
        // Checked parts are correct; self-assessed ones (key points of a written answer) self-checked, never correct.
        Assert.All(run.Exercises, e => Assert.True(e.Status == Expected(e), $"{e.Exercise}: {e.Status}, expected {Expected(e)}\n{run.Output}"));
        int selfChecked = run.Exercises.Count(e => e.Status == ExerciseStatus.SelfChecked);
        // Each check prints a ✔ line, a self-checked one a ✎ line (00-start-here's readiness line starts with ✔ too).
        Assert.True(run.FeedbackLines.Count(l => l.StartsWith('✔')) >= run.Exercises.Count - selfChecked, run.Output);
        Assert.Equal(selfChecked, run.FeedbackLines.Count(l => l.StartsWith("✎ ", StringComparison.Ordinal)));
        if (selfChecked > 0)
            Assert.Contains($"{selfChecked} self-checked", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Error:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"out/{name}.html", run.Output, StringComparison.Ordinal);
        if (name == "05-quiz") Assert.Equal("4/4", run.QuizScore);
    }

    private static string Expected(ExerciseStatus exercise) =>
        LessonExercises.ExerciseCatalogue.Get(exercise.Exercise).IsSelfAssessed ? ExerciseStatus.SelfChecked : ExerciseStatus.Correct;
}
