using System.Numerics;

namespace AutoDiff.Tests;

public class StepSweepTests
{
    private static IReadOnlyList<StepError> SweepSin() =>
        Numeric.StepSweep(Math.Sin, 1.0, Math.Cos(1.0), Complex.Sin);

    [Fact]
    public void StepSweep_Default_HasEveryMethodOverSixteenDecades()
    {
        var rows = SweepSin();
        var methods = rows.Select(r => r.Method).Distinct().ToList();
        Assert.Equal(
            [DifferenceMethod.Forward, DifferenceMethod.Backward, DifferenceMethod.Central,
             DifferenceMethod.FivePoint, DifferenceMethod.Richardson, DifferenceMethod.ComplexStep],
            methods);
        var steps = rows.Where(r => r.Method == DifferenceMethod.Central).Select(r => r.Step).ToList();
        Assert.Equal(1e-16, steps[0], 1e-30);
        Assert.Equal(1e-1, steps[^1], 1e-15);
        Assert.True(steps.Zip(steps.Skip(1)).All(p => p.Second > p.First), "steps must increase");
    }

    [Fact]
    public void StepSweep_Central_ErrorIsVShaped()
    {
        var central = SweepSin().Where(r => r.Method == DifferenceMethod.Central).ToList();
        var best = central.MinBy(r => r.AbsoluteError);
        double atLarge = central.Single(r => Math.Abs(r.Step - 1e-1) < 1e-12).AbsoluteError;
        double atTiny = central.MinBy(r => Math.Abs(Math.Log10(r.Step) + 14)).AbsoluteError;
        Assert.InRange(best.Step, 1e-7, 1e-3);
        Assert.True(best.AbsoluteError < atLarge / 1000, $"best {best.AbsoluteError:R} at h={best.Step:R}, at h=0.1 {atLarge:R}");
        Assert.True(best.AbsoluteError < atTiny / 100, $"best {best.AbsoluteError:R}, at h=1e-14 {atTiny:R}");
    }

    [Fact]
    public void StepSweep_ComplexStep_StaysAccurateAtTinySteps()
    {
        var complex = SweepSin().Where(r => r.Method == DifferenceMethod.ComplexStep && r.Step <= 1e-8);
        Assert.All(complex, r => Assert.True(r.AbsoluteError < 1e-15, $"h={r.Step:R}: error {r.AbsoluteError:R}"));
    }

    [Fact]
    public void StepSweep_RowsAgreeWithDerivative()
    {
        double[] steps = [1e-3, 1e-5];
        var rows = Numeric.StepSweep(Math.Exp, 2.0, Math.Exp(2.0), steps: steps);
        foreach (var row in rows)
        {
            double estimate = Numeric.Derivative(Math.Exp, 2.0, row.Method, row.Step);
            Assert.Equal(estimate, row.Estimate);
            Assert.Equal(Math.Abs(estimate - Math.Exp(2.0)), row.AbsoluteError);
        }
        Assert.DoesNotContain(rows, r => r.Method == DifferenceMethod.ComplexStep);
    }
}
