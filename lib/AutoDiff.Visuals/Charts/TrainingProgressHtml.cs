using AutoDiff.Nn;

namespace AutoDiff.Visuals;

/// <summary>A one-line progress display for a training run: a bar and the latest loss and accuracy.
/// Plain HTML and inline styles, so it shows wherever a notebook output shows.</summary>
public static class TrainingProgressHtml
{
    /// <summary>The display after <paramref name="latest"/> of <paramref name="totalSteps"/> steps.</summary>
    public static string Render(TrainingStep latest, int totalSteps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalSteps);
        int done = Math.Clamp(latest.Step + 1, 0, totalSteps);
        double percent = 100.0 * done / totalSteps;
        return Invariant.Text($"""<div class="autodiff-progress" style="font:13px {Theme.FontFamily};max-width:560px;padding:6px 8px;background:{ChartStyle.Background};color:{Theme.Ink};border:1px solid {ChartStyle.Grid};border-radius:6px"><div style="display:flex;justify-content:space-between"><span>training: step {done} / {totalSteps}</span><span>loss {HtmlText.Escape(NumberText.Format(latest.Loss))} · accuracy {100 * latest.Accuracy:0.#} %</span></div><div role="progressbar" aria-valuemin="0" aria-valuemax="{totalSteps}" aria-valuenow="{done}" style="margin-top:4px;height:8px;background:{ChartStyle.Grid};border-radius:4px"><div style="width:{percent:0.#}%;height:8px;background:{ChartStyle.ReverseMode};border-radius:4px"></div></div></div>""");
    }
}
