namespace AutoDiff.Tests;

public class GradCheckTests
{
    private static Value F(Value[] v) => v[0] * v[0] * v[1] + Value.Sin(v[0]);

    [Fact]
    public void Check_CorrectFunction_PassesWithKnownGradient()
    {
        var report = GradCheck.Check(F, [1.5, -2.0]);
        Assert.True(report.Passed, report.Summary);
        Assert.Null(report.Culprit);
        Assert.Equal(2 * 1.5 * -2.0 + Math.Cos(1.5), report.Entries[0].Analytic, 1e-12);
        Assert.Equal(1.5 * 1.5, report.Entries[1].Analytic, 1e-12);
        Assert.All(report.Entries, e => Assert.True(e.AbsoluteError < 1e-8, $"{e.Label}: {e.AbsoluteError:R}"));
        Assert.Equal(["x0", "x1"], report.Entries.Select(e => e.Label));
        Assert.NotNull(report.Graph);
    }

    [Fact]
    public void Check_CorrectCustomPrimitive_Passes()
    {
        var report = GradCheck.Check(v => Value.Custom("cube", v[0], a => a * a * a, a => 3 * a * a) + v[0], [1.2]);
        Assert.True(report.Passed, report.Summary);
    }

    [Fact]
    public void Check_WrongCustomDerivative_FailsAndNamesTheNode()
    {
        // cube′ is 3a², not 2a²: at a = 1 the stored derivative is 2, the numeric one 3.
        var report = GradCheck.Check(v => Value.Sin(Value.Custom("cube", v[0], a => a * a * a, a => 2 * a * a)), [1.0]);
        Assert.False(report.Passed, report.Summary);
        var culprit = Assert.IsType<NodeDiagnosis>(report.Culprit);
        Assert.Equal(Op.Custom, culprit.Op);
        Assert.Equal("custom primitive 'cube': derivative 2.0 but numeric 3.0", culprit.Problem);
        Assert.Contains("cube", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LogOfNegative_NamesTheLogNode()
    {
        var report = GradCheck.Check(v => Value.Log(v[0]) * v[1], [-1.0, 2.0]);
        Assert.False(report.Passed);
        var culprit = Assert.IsType<NodeDiagnosis>(report.Culprit);
        Assert.Equal(Op.Log, culprit.Op);
        Assert.Equal("log of a negative number (a = -1)", culprit.Problem);
    }

    [Fact]
    public void Check_DivisionByZero_NamesTheDivisionNode()
    {
        var report = GradCheck.Check(v => v[0] / (v[1] - v[1]), [1.0, 2.0]);
        Assert.False(report.Passed);
        var culprit = Assert.IsType<NodeDiagnosis>(report.Culprit);
        Assert.Equal(Op.Div, culprit.Op);
        Assert.StartsWith("division by zero", culprit.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SqrtAtZero_NamesTheSqrtNode()
    {
        var report = GradCheck.Check(v => Value.Sqrt(v[0] * v[1]), [0.0, 3.0]);
        Assert.False(report.Passed);
        var culprit = Assert.IsType<NodeDiagnosis>(report.Culprit);
        Assert.Equal(Op.Sqrt, culprit.Op);
        Assert.Equal("sqrt at 0: derivative is infinite", culprit.Problem);
    }

    [Fact]
    public void Check_Overflow_NamesTheExpNode()
    {
        var report = GradCheck.Check(v => Value.Exp(v[0] * 1000), [1.0]);
        var culprit = Assert.IsType<NodeDiagnosis>(report.Culprit);
        Assert.Equal(Op.Exp, culprit.Op);
        Assert.StartsWith("overflow", culprit.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "input is NaN")]
    [InlineData(double.PositiveInfinity, "input is +∞")]
    public void Check_NonFiniteInput_ReportsWithoutThrowing(double bad, string problem)
    {
        double[] x = [bad, 1.0];
        var report = GradCheck.Check(F, x);
        Assert.False(report.Passed);
        var culprit = Assert.IsType<NodeDiagnosis>(report.Culprit);
        Assert.Equal(Op.Input, culprit.Op);
        Assert.Equal(problem, culprit.Problem);
        Assert.Equal(bad, x[0]);
    }

    [Fact]
    public void Check_NeverMutatesTheCallersArray()
    {
        double[] x = [0.25, 4.0];
        GradCheck.Check(F, x);
        Assert.Equal([0.25, 4.0], x);
    }

    [Fact]
    public void Check_LabelledInput_UsesItsLabel()
    {
        var report = GradCheck.Check(v => v[0].Named("w") * 3, [1.0]);
        Assert.Equal("w", report.Entries[0].Label);
        Assert.Equal(3.0, report.Entries[0].Analytic);
    }

    [Fact]
    public void Check_KinkInsideEps_FailsWithoutBlamingARule()
    {
        // |x| at x = 1e-7 with eps = 1e-6: the central difference straddles the kink (numeric 0.1,
        // analytic 1); every node agrees with its own rule away from the kink.
        var report = GradCheck.Check(v => Value.Abs(v[0]), [1e-7]);
        Assert.False(report.Passed);
        Assert.Null(report.Culprit);
        Assert.Contains("kink", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadTolerance_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GradCheck.Check(F, [1.0, 2.0], atol: -1));
}
