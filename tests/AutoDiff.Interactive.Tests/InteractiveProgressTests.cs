using AutoDiff.Nn;

namespace AutoDiff.Interactive.Tests;

/// <summary>The training progress display: redraws on a fixed schedule, never by the clock.</summary>
public sealed class InteractiveProgressTests
{
    [Fact]
    public void Progress_HundredSteps_RedrawsElevenTimes()
    {
        // Steps 0, 10, …, 90 and the last step 99.
        var progress = new TrainingProgress(100);
        for (int k = 0; k < 100; k++) progress.Report(new TrainingStep(k, 1.0 / (k + 1), k / 100.0, 5));
        Assert.Equal(11, progress.Redrawn);
        Assert.Contains("step 100 / 100", progress.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_TrainingTheMlp_ReportsEveryStepItRan()
    {
        var progress = Lesson.TrainingProgress(3);
        var history = Training.Train(new Mlp(2, [4, 1]), TwoMoons.Generate(20), 3, progress);
        Assert.Equal(3, history.Count);
        Assert.Equal(3, progress.Redrawn);
        Assert.Equal(TrainingProgressHtml.Render(history[^1], 3), progress.Html);
    }

    [Fact]
    public void ProgressHtml_ShowsFractionDoneAndLatestNumbers()
    {
        string html = TrainingProgressHtml.Render(new TrainingStep(24, 0.25, 0.875, 10), 100);
        Assert.Contains("step 25 / 100", html, StringComparison.Ordinal);
        Assert.Contains("width:25%", html, StringComparison.Ordinal);
        Assert.Contains("aria-valuenow=\"25\"", html, StringComparison.Ordinal);
        Assert.Contains("accuracy 87.5 %", html, StringComparison.Ordinal);
    }
}
