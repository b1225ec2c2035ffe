using AutoDiff.Nn;
using static AutoDiff.Visuals.Tests.ChartJson;

namespace AutoDiff.Visuals.Tests;

/// <summary>Cost, checkpointing and training charts: they carry the rows they are given, on the
/// axes they name, with hover text on every point.</summary>
public sealed class ChartCostTests
{
    [Fact]
    public void GradientCostChart_PlotsBothModesOperationCountsAgainstN()
    {
        GradientCostRow[] rows = [new(1, 10, 12, 0.1, 0.2), new(10, 100, 30, 1, 0.3), new(100, 1000, 210, 10, 2)];
        var chart = CostChart.Gradient(rows);
        var forward = Trace(chart, "forward mode (n passes)");
        var reverse = Trace(chart, "reverse mode (1 trace + 1 sweep)");
        Assert.Equal([1.0, 10, 100], Numbers(forward, "x"));
        Assert.Equal([10.0, 100, 1000], Numbers(forward, "y"));
        Assert.Equal([12.0, 30, 210], Numbers(reverse, "y"));
        Assert.Contains("operations", AxisTitle(chart, "yaxis"), StringComparison.Ordinal);
        Assert.Contains("ms", AxisTitle(chart, "yaxis2"), StringComparison.Ordinal);
    }

    [Fact]
    public void GradientCostChart_ZeroTime_IsFlooredForTheLogAxis()
    {
        GradientCostRow[] rows = [new(1, 10, 12, 0, 0), new(2, 20, 14, 0.5, 0.25)];
        var time = Trace(CostChart.Gradient(rows), "forward mode time");
        Assert.Equal(CostChart.TimeFloorMilliseconds, Numbers(time, "y")[0]);
        Assert.Contains("below timer resolution", Texts(time, "hovertext")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void GradientCostChart_MeasuredByTheCostModel_ForwardGrowsFasterThanReverse()
    {
        // Forward mode needs n passes, reverse one sweep: the forward/reverse ratio grows with n.
        var chart = CostChart.Gradient(CostModel.GradientCost([2, 64]));
        var forward = Numbers(Trace(chart, "forward mode (n passes)"), "y");
        var reverse = Numbers(Trace(chart, "reverse mode (1 trace + 1 sweep)"), "y");
        Assert.True(forward[1] / reverse[1] > forward[0] / reverse[0]);
    }

    [Fact]
    public void JacobianCostChart_MarksTheCrossoverAtMEqualsN()
    {
        var chart = CostChart.Jacobian(CostModel.JacobianCost(8, [1, 8, 64]));
        var crossover = Trace(chart, "m = n (passes equal sweeps)");
        Assert.All(Numbers(crossover, "x"), x => Assert.Equal(8, x));
        var reverse = Numbers(Trace(chart, "reverse mode (m sweeps)"), "y");
        var forward = Numbers(Trace(chart, "forward mode (n = 8 passes)"), "y");
        Assert.True(reverse[0] < forward[0], "wide (m = 1 < n): reverse is cheaper");
        Assert.True(reverse[2] > forward[2], "tall (m = 64 > n): forward is cheaper");
    }

    [Fact]
    public void CheckpointChart_OnePointPerRun_LabelledByK()
    {
        var rows = Checkpointing.Sweep(v => Value.Sin(v) * 0.9 + 0.1, 0.5, 200, [0, 4, 14]);
        var trace = Traces(CheckpointChart.Create(rows)).Single();
        Assert.Equal(rows.Select(r => (double)r.PeakNodes).Order(), Numbers(trace, "x"));
        Assert.Equal(["k = 14", "k = 4", "k = 0"], Texts(trace, "text"));
        Assert.Equal(3, Texts(trace, "hovertext").Length);
    }

    [Fact]
    public void TrainingChart_LossLeft_AccuracyRightInPercent()
    {
        TrainingStep[] steps = [new(0, 2.0, 0.5, 100), new(1, 1.0, 0.75, 100), new(2, 0.5, 1.0, 100)];
        var chart = TrainingChart.Create(steps);
        var loss = Trace(chart, "loss (left axis)");
        var accuracy = Trace(chart, "accuracy (right axis)");
        Assert.Equal([2.0, 1.0, 0.5], Numbers(loss, "y"));
        Assert.Equal([50.0, 75, 100], Numbers(accuracy, "y"));
        Assert.Equal("y2", accuracy.GetProperty("yaxis").GetString());
        Assert.Contains("%", AxisTitle(chart, "yaxis2"), StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingChart_NoSteps_FailsWithAHint()
    {
        var e = Assert.Throws<ArgumentException>(() => TrainingChart.Create([]));
        Assert.Contains("train for at least one step", e.Message, StringComparison.Ordinal);
    }
}
