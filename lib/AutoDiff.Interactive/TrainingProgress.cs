using AutoDiff.Nn;
using AutoDiff.Visuals;

namespace AutoDiff.Interactive;

/// <summary>
/// A training progress bar that updates in place while a long cell runs (in a file-based app:
/// one text line per redraw and the bar on the app's page). It redraws about ten
/// times per run (every ⌈steps/10⌉ steps and at the last), never by the clock, so the output
/// is the same on every run and the host is not flooded. (dotnet-repl writes each update as a
/// separate output instead of replacing the first: ten keeps that readable.)
/// </summary>
public sealed class TrainingProgress : IProgress<TrainingStep>
{
    private const int Redraws = 10;
    private readonly int totalSteps;
    private readonly int every;
    private DisplayHandle? display;

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
        var view = new TrainingProgressView(value, totalSteps);
        Html = TrainingProgressHtml.Render(value, totalSteps);
        Redrawn++;
        // In a file-based app each redraw also prints one line: the terminal shows the run move.
        if (display is null) display = Lesson.Display(view);
        else display.Update(view);
    }
}
