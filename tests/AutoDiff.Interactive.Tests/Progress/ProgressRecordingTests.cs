namespace AutoDiff.Interactive.Tests.Progress;

/// <summary>Checks record their results in the progress store in one place, and
/// <c>Lesson.Progress()</c> shows what was recorded, through the one view table.</summary>
[Collection(nameof(ProgressLogUsers))]
public sealed class ProgressRecordingTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public ProgressRecordingTests() => ProgressLog.Store = new ProgressStore(folder.File(ProgressStore.FileName));

    public void Dispose()
    {
        ProgressLog.Store = null;
        folder.Dispose();
    }

    [Fact]
    public void Checks_RecordTheirStates_AndProgressShowsThem()
    {
        Check.ChainRule(x => 0);                                       // wrong
        Check.CentralDifference((f, x, h) => (f(x + h) - f(x - h)) / (2 * h)); // correct
        Check.GradientStep((_, _, _) => throw new NotImplementedException());
        new ConceptChecks().Choose(ExerciseCatalogue.DefineAutodiffChoice.Id, () => 'C');

        var progress = Lesson.Progress().Progress;

        ExerciseState StateOf(string id) => progress.Exercises.Single(e => e.Exercise.Id == id).State;
        Assert.Equal(ExerciseState.Wrong, StateOf("1.2.40.9"));
        Assert.Equal(ExerciseState.Correct, StateOf("1.2.40.3"));
        Assert.Equal(ExerciseState.NotAttempted, StateOf("1.2.40.6"));
        Assert.Equal(ExerciseState.Correct, StateOf("1.2.40.1.choice"));
        Assert.Equal("1.2.40.1.keypoints", progress.Next?.Exercise.Id);
    }

    [Fact]
    public void ProgressView_HasAnHtmlAndATextFormInTheViewTable()
    {
        var view = Lesson.Progress();
        var row = ViewTable.For(view);

        Assert.NotNull(row);
        Assert.StartsWith("<div class=\"lesson-progress\"", row.Html(view), StringComparison.Ordinal);
        Assert.StartsWith("Lesson progress: ", row.Text(view), StringComparison.Ordinal);
    }
}

/// <summary>Tests that set the process-wide <see cref="ProgressLog.Store"/> run one at a time.</summary>
[CollectionDefinition(nameof(ProgressLogUsers), DisableParallelization = true)]
public sealed class ProgressLogUsers;
