
namespace AutoDiff.Interactive.Tests;

public class CheckForwardPartialTests
{
    [Fact]
    public void ForwardPartialX_DualSeededOnX_IsCorrect()
    {
        var result = Check.ForwardPartialX((x, y) =>
        {
            var dx = new Dual(x, 1);
            var dy = new Dual(y, 0);
            return (dx * dx * dy + Dual.Sin(dx)).Tangent;
        });

        Assert.Equal(ExerciseState.Correct, result.Status);
    }

    [Fact]
    public void ForwardPartialX_SeededY_HintSaysSo()
    {
        var result = Check.ForwardPartialX((x, _) => x * x); // ∂f/∂y = x²

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("That is ∂f/∂y", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardPartialX_ReturnsPrimal_HintSaysTangent()
    {
        var result = Check.ForwardPartialX((x, y) => x * x * y + Math.Sin(x));

        Assert.Contains("Tangent", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardPartialX_Stub_IsNotAttempted() =>
        Assert.Equal(ExerciseState.NotAttempted, Check.ForwardPartialX((_, _) => throw new NotImplementedException()).Status);
}

public class CheckPassesTests
{
    [Fact]
    public void Passes_InputsAndOutputs_IsCorrect() =>
        Assert.Equal(ExerciseState.Correct, Check.PassesForJacobian((n, m) => (n, m)).Status);

    [Fact]
    public void Passes_Swapped_HintSaysSwapped()
    {
        var result = Check.PassesForJacobian((n, m) => (m, n));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("Swapped", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_Null_AsksToRunCellsAbove() =>
        Assert.Contains("Run the cells above", Check.PassesForJacobian(null).Message, StringComparison.Ordinal);
}

public class CheckGradientStepTests
{
    [Fact]
    public void GradientStep_DescentWithReverseGrad_IsCorrect()
    {
        var result = Check.GradientStep((loss, w, eta) =>
        {
            var g = Reverse.Grad(loss, w);
            return w.Select((wi, i) => wi - eta * g[i]).ToArray();
        });

        Assert.Equal(ExerciseState.Correct, result.Status);
    }

    [Fact]
    public void GradientStep_Uphill_HintSaysSubtract()
    {
        var result = Check.GradientStep((loss, w, eta) =>
        {
            var g = Reverse.Grad(loss, w);
            return w.Select((wi, i) => wi + eta * g[i]).ToArray();
        });

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("uphill", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void GradientStep_AgreesWithNumericGradientOfTheCheckLoss()
    {
        // Independent truth: a step built from central differences of the same loss passes too.
        var result = Check.GradientStep((loss, w, eta) =>
        {
            double At(double[] p)
            {
                var tape = new Tape();
                return loss(tape.Variables(p)).Primal;
            }
            var g = Numeric.Grad(At, w);
            return w.Select((wi, i) => wi - eta * g[i]).ToArray();
        });

        Assert.Equal(ExerciseState.Correct, result.Status);
    }

    [Fact]
    public void GradientStep_ReturnsNull_IsWrong() =>
        Assert.Equal(ExerciseState.Wrong, Check.GradientStep((_, _, _) => null!).Status);
}
