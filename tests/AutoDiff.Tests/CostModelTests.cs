namespace AutoDiff.Tests;

public class CostModelTests
{
    [Fact]
    public void GradientCost_CountsMatchTheFunctionsOperationCount()
    {
        // f(x) = Σ sin(xᵢ)·x₍ᵢ₊₁₎: n sines, n products, n − 1 sums = 3n − 1 operations per evaluation.
        int[] ns = [1, 2, 5, 20];
        var rows = CostModel.GradientCost(ns);
        Assert.Equal(ns, rows.Select(r => r.Inputs));
        foreach (var row in rows)
        {
            long perEvaluation = 3L * row.Inputs - 1;
            Assert.Equal(row.Inputs * perEvaluation, row.ForwardOperations);
            Assert.Equal(2 * perEvaluation, row.ReverseOperations);
        }
    }

    [Fact]
    public void GradientCost_ForwardOverReverseRatioGrowsWithInputs()
    {
        var rows = CostModel.GradientCost([2, 8, 32]);
        var ratios = rows.Select(r => (double)r.ForwardOperations / r.ReverseOperations).ToList();
        Assert.True(ratios[0] < ratios[1] && ratios[1] < ratios[2], string.Join(", ", ratios));
    }

    [Fact]
    public void JacobianCost_ReverseWinsWideForwardWinsTall()
    {
        const int n = 8;
        var rows = CostModel.JacobianCost(n, [1, 2, 64]);
        Assert.True(rows[0].ReverseOperations < rows[0].ForwardOperations, rows[0].ToString());
        Assert.True(rows[2].ForwardOperations < rows[2].ReverseOperations, rows[2].ToString());
        foreach (var row in rows)
        {
            // One evaluation: the shared body (3n − 1) plus one product per output.
            long perEvaluation = 3L * n - 1 + row.Outputs;
            Assert.Equal(n * perEvaluation, row.ForwardOperations);
            // Each sweep runs back through its product and the whole body: 3n operations.
            Assert.Equal(perEvaluation + row.Outputs * 3L * n, row.ReverseOperations);
        }
    }

    [Fact]
    public void GradientCost_NonPositiveInputCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CostModel.GradientCost([0]));
}
