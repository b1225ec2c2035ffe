using AutoDiff.Nn;
using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// The small MLP's training curve: loss (left axis) and accuracy (right axis, percent) at each
/// step of gradient descent, from the <see cref="TrainingStep"/> records training returns.
/// </summary>
public static class TrainingChart
{
    // A little headroom above 100 % so a perfect score is not drawn on the frame. Fresh arrays per
    // chart, as the chart keeps them in its layout.
    private static double[] PercentRange => [0.0, 103.0];
    private static double[] PercentTicks => [0.0, 20.0, 40.0, 60.0, 80.0, 100.0];

    /// <summary>Loss and accuracy per step, on two y axes sharing the step axis.</summary>
    public static GenericChart Create(IReadOnlyList<TrainingStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0) throw new ArgumentException("No training steps to draw: train for at least one step first.", nameof(steps));
        var finite = steps.Where(s => double.IsFinite(s.Loss) && double.IsFinite(s.Accuracy)).ToList();
        var x = finite.Select(s => (double)s.Step).ToList();
        var hover = finite.Select(Hover).ToList();
        var loss = PlotlyParts.Scatter("loss (left axis)", x, finite.Select(s => s.Loss).ToList(), hover,
            new TraceStyle(ChartStyle.ReverseMode, MarkerSize: 4));
        var accuracy = PlotlyParts.Scatter("accuracy (right axis)", x, finite.Select(s => 100 * s.Accuracy).ToList(), hover,
            new TraceStyle(ChartStyle.Secondary, MarkerSize: 4, YAxis: "y2"));

        return PlotlyParts.Chart("Training the MLP: loss and accuracy per step", [loss, accuracy],
            ("xaxis", PlotlyParts.Axis("training step (full-batch gradient descent)")),
            ("yaxis", PlotlyParts.Axis("loss (data loss + L2 penalty)", extra: ("rangemode", "tozero"))),
            ("yaxis2", PlotlyParts.Axis("accuracy (% of points classified right)", extra:
                [("overlaying", "y"), ("side", "right"), ("range", PercentRange), ("tickvals", PercentTicks), ("showgrid", false)])),
            ("legend", PlotlyParts.Obj(("orientation", "h"), ("x", 0.0), ("y", -0.18), ("bgcolor", "rgba(255,255,255,0)"))));
    }

    private static string Hover(TrainingStep s) => Invariant.Text(
        $"<b>step {s.Step}</b><br>loss = {NumberText.Format(s.Loss)}<br>accuracy = {100 * s.Accuracy:0.#} %<br>tape nodes = {NumberText.Count(s.TapeNodes)}");
}
