using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

/// <summary>The committed notebooks: present, in sync, clean. These fail while the notebooks are missing.</summary>
public sealed class CommittedNotebookTests
{
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public void EveryLessonNotebook_ExistsAsSolutionAndLearnerVersion(string name)
    {
        Assert.True(File.Exists(LessonFolders.Solution(name)), $"missing {LessonFolders.Solution(name)}");
        Assert.True(File.Exists(LessonFolders.LearnerNotebook(name)), $"missing {LessonFolders.LearnerNotebook(name)} (run: dotnet run --project lib/Lesson.Runner -- generate)");
    }

    [Fact]
    public void LearnerNotebooks_AreExactlyWhatTheGeneratorMakesFromTheSolutions()
    {
        var problems = LearnerSync.Check(LessonFolders.Solutions, LessonFolders.Learner);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void CommittedNotebooks_HaveNoOutputsAndThePolyglotMetadata()
    {
        var notebooks = Directory.GetFiles(LessonFolders.Solutions, "*.ipynb").Concat(Directory.GetFiles(LessonFolders.Learner, "*.ipynb")).ToList();

        var problems = notebooks.SelectMany(p => NotebookHygiene.Check(NotebookDocument.Load(p))).ToList();

        Assert.NotEmpty(notebooks);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public void CommittedNotebooks_AreWrittenAsJupyterWritesThem(string name)
    {
        foreach (var path in new[] { LessonFolders.Solution(name), LessonFolders.LearnerNotebook(name) })
            Assert.Equal(File.ReadAllText(path), NotebookDocument.Load(path).ToJson());
    }

    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public void LearnerNotebooks_CarryNoSolutionRegions(string name)
    {
        var learner = NotebookDocument.Load(LessonFolders.LearnerNotebook(name));

        Assert.All(learner.Cells, c => Assert.False(
            SolutionRegions.IsExercise(c.Source) || SolutionRegions.HasRegion(c.Source, SolutionRegions.Markdown),
            $"{name}, {c.Label} still has a solution region"));
    }
}
