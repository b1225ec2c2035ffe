using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// Checkpointing's trade: with k checkpoints a chain of n steps keeps about n/k + k nodes on the
/// tape at its peak instead of n, and pays by recomputing segments in the backward pass. One
/// point per k: nodes retained (x) against extra operations recomputed (y).
/// </summary>
public static class CheckpointChart
{
    /// <summary>Memory against recomputation for each row of <see cref="Checkpointing.Sweep"/>.</summary>
    public static GenericChart Create(IReadOnlyList<ChainGradient> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("No checkpointing runs to draw: pass the rows of Checkpointing.Sweep.", nameof(rows));
        var sorted = rows.OrderBy(r => r.PeakNodes).ThenBy(r => r.Checkpoints).ToList();
        var trace = PlotlyParts.Scatter("one run per checkpoint count k", sorted.Select(r => (double)r.PeakNodes).ToList(),
            sorted.Select(r => (double)r.RecomputedOperations).ToList(), sorted.Select(Hover).ToList(),
            new TraceStyle(ChartStyle.ReverseMode, Mode: "lines+markers+text", MarkerSize: 9));
        trace.SetProperty("text", sorted.Select(r => Invariant.Text($"k = {r.Checkpoints}")).ToArray());
        trace.SetProperty("textposition", "top center");
        trace.SetProperty("textfont", PlotlyParts.Obj(("color", ChartStyle.Ink), ("size", 12)));

        return PlotlyParts.Chart("Checkpointing: memory retained against operations recomputed", [trace],
            ("xaxis", PlotlyParts.Axis("peak nodes retained on the tape (count, log scale)", log: true, ("dtick", 1))),
            ("yaxis", PlotlyParts.Axis("operations recomputed (count)", extra: [("rangemode", "tozero")])),
            ("showlegend", false));
    }

    private static string Hover(ChainGradient r) => Invariant.Text(
        $"<b>{(r.Checkpoints == 0 ? "plain reverse mode (k = 0)" : $"k = {r.Checkpoints} checkpoints")}</b><br>peak nodes = {NumberText.Count(r.PeakNodes)} ({NumberText.Count(r.PeakBytes)} bytes)<br>forward operations = {NumberText.Count(r.ForwardOperations)}<br>recomputed operations = {NumberText.Count(r.RecomputedOperations)}<br>dxₙ/dx₀ = {r.Derivative:R}");
}
