using System.Globalization;
using System.Text.RegularExpressions;

namespace AutoDiff.Visuals.Tests;

/// <summary>Dual numbers, gradients, Jacobians, Hessians and gradient-check reports as HTML tables.</summary>
public sealed partial class TableHtmlTests
{
    [GeneratedRegex("<td [^>]*title=\"([^\"]+)\"")]
    private static partial Regex CellValue();

    private static double[] Cells(string html) =>
        [.. CellValue().Matches(html).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [Fact]
    public void DualTable_ShowsPrimalAndTangent()
    {
        // d/dx sin x at 0.5 in forward mode: primal sin 0.5, tangent cos 0.5.
        var d = Dual.Sin(Dual.Variable(0.5));
        string html = DualTable.Render(d);
        Assert.Equal([Math.Sin(0.5), Math.Cos(0.5)], Cells(html));
        Assert.Contains("primal", html, StringComparison.Ordinal);
        Assert.Contains("tangent", html, StringComparison.Ordinal);
    }

    [Fact]
    public void VectorTable_GradientOfMiniProject_RowsPerInput()
    {
        // f(x, y) = x²y + sin x at (2, 3): ∂f/∂x = 2xy + cos x, ∂f/∂y = x².
        var grad = Reverse.Grad(v => v[0] * v[0] * v[1] + Value.Sin(v[0]), [2.0, 3.0]);
        string html = VectorTable.Render(grad, ["x", "y"]);
        Assert.Equal([12 + Math.Cos(2), 4.0], Cells(html));
        Assert.Contains("∂f/∂x", html, StringComparison.Ordinal);
        Assert.Contains("∂f/∂y", html, StringComparison.Ordinal);
    }

    [Fact]
    public void VectorTable_LabelsAreEscaped()
    {
        string html = VectorTable.Render([1.0], ["<img src=x onerror=alert(1)>"]);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void VectorTable_LongVector_IsCappedAndSaysSo()
    {
        string html = VectorTable.Render(Enumerable.Range(0, 1000).Select(i => (double)i).ToArray());
        Assert.Equal(VectorTable.MaxRows, Cells(html).Length);
        Assert.Contains("showing 200 of 1000 entries", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000);
    }

    [Fact]
    public void JacobianTable_ReverseMode_CellsAndCaption()
    {
        // f(x, y) = (xy, sin x + y) at (1, 2): J = [[y, x], [cos x, 1]] = [[2, 1], [cos 1, 1]].
        var j = Jacobian.ReverseMode(v => [v[0] * v[1], Value.Sin(v[0]) + v[1]], [1.0, 2.0]);
        string html = MatrixTable.Jacobian(j);
        Assert.Equal([2.0, 1.0, Math.Cos(1), 1.0], Cells(html));
        Assert.Contains("by reverse mode: 2 backward sweeps", html, StringComparison.Ordinal);
        Assert.Contains(NumberText.Count(j.Operations) + " primitive operations", html, StringComparison.Ordinal);
        Assert.Contains("f₀", html, StringComparison.Ordinal);
        Assert.Contains("∂/∂x₁", html, StringComparison.Ordinal);
    }

    [Fact]
    public void JacobianTable_ForwardModeWithoutCount_SaysNotCounted()
    {
        var j = Jacobian.ForwardMode(v => [v[0] * v[1]], [3.0, 4.0]);
        string html = MatrixTable.Jacobian(j);
        Assert.Equal([4.0, 3.0], Cells(html));
        Assert.Contains("forward mode: 2 forward passes", html, StringComparison.Ordinal);
        Assert.False(j.IsCounted);
        Assert.Equal(JacobianResult.NotCounted, j.Operations);
        Assert.Contains("not counted", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HessianTable_LabelledSymmetricMatrix()
    {
        // f = x²y: H = [[2y, 2x], [2x, 0]] at (1, 2) = [[4, 2], [2, 0]].
        var h = Hessian.Compute(v => v[0] * v[0] * v[1], [1.0, 2.0]);
        string html = MatrixTable.Hessian(h, ["x", "y"]);
        Assert.Equal([4.0, 2.0, 2.0, 0.0], Cells(html));
        Assert.Contains("∂/∂x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MatrixTable_LargeMatrix_ShowsCornerAndSaysSo()
    {
        var m = new double[100, 3];
        string html = MatrixTable.Render(m, "big");
        Assert.Equal(MatrixTable.MaxSide * 3, Cells(html).Length);
        Assert.Contains("top-left 40 × 3 of 100 × 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GradCheckTable_Passing_ShowsEveryInputPassing()
    {
        var report = GradCheck.Check(v => v[0] * v[0] * v[1] + Value.Sin(v[0]), [2.0, 3.0]);
        string html = GradCheckTable.Render(report);
        Assert.Contains("✓ gradient check passed", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "✓ pass"));
        Assert.DoesNotContain("autodiff-culprit", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GradCheckTable_NonFinite_HighlightsTheCulpritNode()
    {
        // log of a negative number is NaN: the check fails and names the log node.
        var report = GradCheck.Check(v => Value.Log(v[0]) * v[1], [-1.0, 2.0]);
        Assert.False(report.Passed);
        string html = GradCheckTable.Render(report);
        Assert.Contains("✗ gradient check failed", html, StringComparison.Ordinal);
        Assert.Contains("autodiff-culprit", html, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"node {report.Culprit!.NodeId}"), html, StringComparison.Ordinal);
    }

    [Fact]
    public void GradCheckTable_HostileText_IsEscapedEverywhere()
    {
        const string hostile = "<script>alert(1)</script>";
        var report = new GradCheckReport(
            [new GradCheckEntry(0, hostile, 1, 2, 1, 0.5, false)], false,
            new NodeDiagnosis(3, hostile, Op.Log, hostile), hostile, null);
        string html = GradCheckTable.Render(report);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, Regex.Escape("&lt;script&gt;")));
    }

    [Fact]
    public void Tables_SameInput_SameBytes()
    {
        // Traced twice: equal bytes come from the same input, not from rendering one object twice.
        static JacobianResult Trace() => Jacobian.ReverseMode(v => [v[0] * v[1]], [1.0, 2.0]);
        Assert.Equal(MatrixTable.Jacobian(Trace()), MatrixTable.Jacobian(Trace()));
        Assert.Equal(GradCheckTable.Render(GradCheck.Check(v => v[0] * v[1], [1.0, 2.0])),
            GradCheckTable.Render(GradCheck.Check(v => v[0] * v[1], [1.0, 2.0])));
        Assert.Equal(DualTable.Render(new Dual(1, 2)), DualTable.Render(new Dual(1, 2)));
    }
}
