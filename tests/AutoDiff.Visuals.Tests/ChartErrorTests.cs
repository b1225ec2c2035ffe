using static AutoDiff.Visuals.Tests.ChartJson;

namespace AutoDiff.Visuals.Tests;

/// <summary>The numeric-vs-exact error chart for f = sin at x = 1, checked against the error
/// formulas of each difference method (independent of the sweep code).</summary>
public sealed class ChartErrorTests
{
    private static readonly Plotly.NET.GenericChart Chart = ErrorChart.Create();

    [Fact]
    public void ErrorChart_PointOutsideTheDomain_SaysWhyInsteadOfDrawingNothing()
    {
        // ln x at x = −1: f(x) and f′(x) = 1/x are not both real numbers there.
        var error = Assert.Throws<ArgumentException>(() => ErrorChart.Create("ln x", Math.Log, -1, double.NaN));

        Assert.Contains("ln x at x = -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("domain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorChart_CentralDifference_FollowsHSquaredTruncation()
    {
        // Central difference: error ≈ h²·|f‴(1)|/6 = h²·cos(1)/6 where truncation dominates.
        var trace = Trace(Chart, "central difference");
        var h = Numbers(trace, "x");
        var error = Numbers(trace, "y");
        int checkedPoints = 0;
        for (int i = 0; i < h.Length; i++)
        {
            if (h[i] is < 1e-4 or > 1e-2) continue;
            Assert.Equal(h[i] * h[i] * Math.Cos(1) / 6, error[i], h[i] * h[i] * Math.Cos(1) / 6 * 0.01);
            checkedPoints++;
        }
        Assert.True(checkedPoints >= 5, $"only {checkedPoints} steps in [1e-4, 1e-2]");
    }

    [Fact]
    public void ErrorChart_ForwardDifference_FollowsFirstOrderTruncation()
    {
        // Forward difference: error ≈ h·|f″(1)|/2 = h·sin(1)/2.
        var trace = Trace(Chart, "forward difference");
        var h = Numbers(trace, "x");
        var error = Numbers(trace, "y");
        for (int i = 0; i < h.Length; i++)
            if (h[i] is >= 1e-5 and <= 1e-3)
                Assert.Equal(h[i] * Math.Sin(1) / 2, error[i], h[i] * Math.Sin(1) / 2 * 0.01);
    }

    [Fact]
    public void ErrorChart_EveryPlottedValue_IsFiniteAndPositive()
    {
        // A log axis cannot show 0, NaN or ∞: every y must be a positive finite number.
        foreach (var trace in Traces(Chart))
        {
            Assert.All(Numbers(trace, "x"), v => Assert.True(double.IsFinite(v) && v > 0, $"{trace.GetProperty("name")}: x = {v}"));
            Assert.All(Numbers(trace, "y"), v => Assert.True(double.IsFinite(v) && v > 0, $"{trace.GetProperty("name")}: y = {v}"));
        }
    }

    [Fact]
    public void ErrorChart_ExactZeroErrors_AreFlooredAndSaySo()
    {
        // The complex step reaches cos 1 exactly for small h; those points sit at the floor.
        var trace = Trace(Chart, "complex step");
        var error = Numbers(trace, "y");
        var hover = Texts(trace, "hovertext");
        var floored = Enumerable.Range(0, error.Length).Where(i => error[i] == ErrorChart.Floor).ToList();
        Assert.NotEmpty(floored);
        Assert.All(floored, i => Assert.Contains("0 exactly", hover[i], StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorChart_AutodiffLine_SitsAtMachinePrecision()
    {
        var trace = Trace(Chart, "autodiff (exact, to the last bit)");
        double error = Math.Abs(Forward.Derivative(Dual.Sin, 1.0) - Math.Cos(1.0));
        Assert.All(Numbers(trace, "y"), y => Assert.Equal(Math.Max(error, ErrorChart.Floor), y));
        Assert.True(Numbers(trace, "y")[0] <= 1e-15);
    }

    [Fact]
    public void ErrorChart_OptimalSteps_AreStarredAtTheTheoreticalH()
    {
        var stars = Trace(Chart, "optimal step h* of each method");
        var h = Numbers(stars, "x");
        Assert.Contains(Math.Cbrt(2.220446049250313e-16), h);          // central: ∛ε
        Assert.Contains(Math.Sqrt(2.220446049250313e-16), h);          // forward: √ε
        Assert.Equal(3, h.Length);                                      // forward, central, five-point (complex step: off the chart)
    }

    [Fact]
    public void ErrorChart_AnOptimumOutsideTheSweep_IsNamedInTheLegendAndMarkedAtTheAxisEnd()
    {
        // The complex step's h* = 1e-20 lies left of the sweep's smallest step, 1e-16.
        var offChart = Trace(Chart, "h* of complex step = 1e−20 (off the chart, left)");

        Assert.Equal([1e-16], Numbers(offChart, "x"));
        Assert.Equal("triangle-left", offChart.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.False(offChart.GetProperty("cliponaxis").GetBoolean());
        Assert.Contains("h* = 1e−20", Texts(offChart, "hovertext")[0], StringComparison.Ordinal);
        Assert.Contains("h* lies left of the swept h = 1e−16", Texts(offChart, "hovertext")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorChart_XAxis_StaysOnTheSweptRange_AndEveryPointIsInIt()
    {
        // The sweep runs over h = 1e-16 … 1e-1 (Numeric.StepSweep), whatever h* a method has.
        var range = Figure(Chart).GetProperty("layout").GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(e => e.GetDouble()).ToArray();

        Assert.Equal(-16.25, range[0], 1e-9);
        Assert.Equal(-0.75, range[1], 1e-9);
        foreach (var trace in Traces(Chart))
            Assert.All(Numbers(trace, "x"), h => Assert.InRange(h, 1e-16 * 0.999, 1e-1 * 1.001));
    }

    [Fact]
    public void ErrorChart_GuideLines_ShowTruncationOrdersAndRounding()
    {
        var names = Traces(Chart).Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains(names, n => n!.StartsWith("truncation ∝ h (", StringComparison.Ordinal));
        Assert.Contains(names, n => n!.StartsWith("truncation ∝ h² (", StringComparison.Ordinal));
        Assert.Contains(names, n => n!.StartsWith("truncation ∝ h⁴ (", StringComparison.Ordinal));
        Assert.Contains("rounding ∝ ε/h", names);
        // Rounding guide ε·|sin 1|/h at h = 1e-8.
        var rounding = Trace(Chart, "rounding ∝ ε/h");
        var h = Numbers(rounding, "x");
        int i = Array.FindIndex(h, v => Math.Abs(Math.Log10(v) + 8) < 1e-9);
        Assert.Equal(2.220446049250313e-16 * Math.Sin(1) / 1e-8, Numbers(rounding, "y")[i], 1e-12);
    }

    [Fact]
    public void ErrorChart_AnyFunction_UsesItsOwnDerivative()
    {
        // eˣ at 0: f′(0) = 1, central error ≈ h²/6.
        var chart = ErrorChart.Create("eˣ", Math.Exp, 0, 1, System.Numerics.Complex.Exp);
        var trace = Trace(chart, "central difference");
        var h = Numbers(trace, "x");
        var error = Numbers(trace, "y");
        int i = Array.FindIndex(h, v => Math.Abs(Math.Log10(v) + 3) < 1e-9);
        Assert.Equal(1e-6 / 6, error[i], 1e-6 / 6 * 0.01);
        Assert.Contains("eˣ", ChartHtml.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorChart_EveryTrace_HasOneHoverTextPerPoint()
    {
        foreach (var trace in Traces(Chart))
            Assert.Equal(Numbers(trace, "x").Length, Texts(trace, "hovertext").Length);
    }

    [Fact]
    public void ErrorChart_Axes_AreLogWithTitles()
    {
        var layout = Figure(Chart).GetProperty("layout");
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Contains("step size h", AxisTitle(Chart, "xaxis"), StringComparison.Ordinal);
        Assert.Contains("error", AxisTitle(Chart, "yaxis"), StringComparison.Ordinal);
    }
}
