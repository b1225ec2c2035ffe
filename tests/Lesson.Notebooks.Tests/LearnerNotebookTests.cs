using Lesson.Notebooks.Execution;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// Every learner notebook executed as a learner who has not started would run it: nothing crashes,
/// and every check says "not attempted yet" (a stub still throwing NotImplementedException is how a
/// learner cell says that; anything else failing is a bug).
/// </summary>
[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class LearnerNotebookTests(SolutionRuns runs) : IClassFixture<SolutionRuns>
{
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public async Task LearnerNotebook_NoCellFailsUnexpectedly(string name)
    {
        var run = await runs.Run(LessonFolders.LearnerNotebook(name));

        Assert.Null(run.LoadError);
        var unexpected = FailurePolicy.Unexpected(run, learner: true);
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Select(f => $"{name}, {f.Label}: {f.Message}")));
    }

    [Theory]
    [InlineData("01-starter")]
    [InlineData("02-intermediate")]
    [InlineData("03-advanced")]
    [InlineData("04-mini-project-graph-sketch")]
    public async Task LearnerNotebook_ChecksReportNotYetAttempted(string name)
    {
        var run = await runs.Run(LessonFolders.LearnerNotebook(name));

        Assert.NotEmpty(run.Exercises);
        Assert.All(run.Exercises, e => Assert.True(e.Status == ExerciseStatus.NotAttempted, $"{name}: exercise {e.Exercise} is {e.Status}"));
    }
}
