using AutoDiff.Nn;
using AutoDiff.Visuals;
using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive;

/// <summary>
/// A training progress bar that updates in place while a long cell runs. It redraws about ten
/// times per run (every ⌈steps/10⌉ steps and at the last), never by the clock, so the output
/// is the same on every run and the host is not flooded. (dotnet-repl writes each update as a
/// separate output instead of replacing the first: ten keeps that readable.)
/// </summary>
public sealed class TrainingProgress : IProgress<TrainingStep>
{
    private const int Redraws = 10;
    private readonly int totalSteps;
    private readonly int every;
    private DisplayedValue? display;

    /// <summary>A display for <paramref name="totalSteps"/> steps (shown at the first report).</summary>
    public TrainingProgress(int totalSteps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalSteps);
        this.totalSteps = totalSteps;
        every = Math.Max(1, (totalSteps + Redraws - 1) / Redraws);
    }

    /// <summary>How many times the display was drawn or redrawn.</summary>
    public int Redrawn { get; private set; }

    /// <summary>The HTML last shown (empty before the first report).</summary>
    public string Html { get; private set; } = "";

    /// <summary>Records <paramref name="value"/> and redraws when due.</summary>
    public void Report(TrainingStep value)
    {
        bool due = Redrawn == 0 || value.Step % every == 0 || value.Step + 1 >= totalSteps;
        if (!due) return;
        Html = TrainingProgressHtml.Render(value, totalSteps);
        Redrawn++;
        var fragment = new HtmlFragment(Html);
        if (display is null) display = Lesson.Display(fragment);
        else display.Update(fragment);
    }
}
