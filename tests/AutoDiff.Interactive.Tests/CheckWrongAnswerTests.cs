using System.Globalization;

namespace AutoDiff.Interactive.Tests;

// Typical learner mistakes, one class per exercise: each must come back "wrong" with a hint that
// names the mistake, never "correct" and never an exception.

public class CheckChainRuleMistakeTests
{
    private static double Exact(double x) => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));

    [Fact]
    public void ChainRule_SignFlipped_HintSaysSignError()
    {
        var result = Check.ChainRule(x => -Exact(x));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("Sign error", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_ReturnsNaN_HintSaysNaN()
    {
        var result = Check.ChainRule(_ => double.NaN);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("NaN", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_ReturnsTheFunction_HintSaysItIsHItself()
    {
        var result = Check.ChainRule(x => Math.Exp(Math.Sin(x * x)));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("h(x) itself", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_CentralDifference_IsWrongAndTheNumbersPrintDifferently()
    {
        const double h = 1e-6;
        var result = Check.ChainRule(x => (Math.Exp(Math.Sin((x + h) * (x + h))) - Math.Exp(Math.Sin((x - h) * (x - h)))) / (2 * h));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("not exact", result.Hint, StringComparison.Ordinal);
        string expected = Exact(0.7).ToString("G6", CultureInfo.InvariantCulture);
        Assert.DoesNotContain($"is {expected}, you returned {expected}", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_LearnerThrowsOtherException_IsWrongAndNamesIt()
    {
        var result = Check.ChainRule(_ => throw new InvalidOperationException("boom"));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("InvalidOperationException: boom", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_CheckedTwice_GivesTheSameVerdictAsTheNextAttempt()
    {
        var first = Check.ChainRule(Exact);
        var second = Check.ChainRule(Exact);

        Assert.Equal(first with { Attempt = second.Attempt }, second);
        Assert.True(second.Attempt > first.Attempt, $"attempt {second.Attempt} after {first.Attempt}");
    }
}

public class CheckForwardPartialMistakeTests
{
    [Fact]
    public void ForwardPartialX_MissingSinPath_HintNamesSin()
    {
        var result = Check.ForwardPartialX((x, y) => 2 * x * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("sin x", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardPartialX_FiniteDifferenceInsteadOfDuals_IsWrongAndSaysNotExact()
    {
        var result = Check.ForwardPartialX((x, y) => Numeric.Derivative(t => t * t * y + Math.Sin(t), x));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("not exact", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardPartialX_SignFlipped_HintSaysSignError() =>
        Assert.Contains("Sign error", Check.ForwardPartialX((x, y) => -(2 * x * y + Math.Cos(x))).Hint, StringComparison.Ordinal);

    [Fact]
    public void ForwardPartialX_Infinity_HintSaysDivisionByZero() =>
        Assert.Contains("division by zero", Check.ForwardPartialX((x, y) => x / 0.0).Hint, StringComparison.Ordinal);
}

public class CheckPassesMistakeTests
{
    [Fact]
    public void Passes_OffByOne_HintSaysNoExtraPass()
    {
        var result = Check.PassesForJacobian((n, m) => (n + 1, m));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("Off by one", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_OnePassPerEntry_HintSaysColumnOrRow() =>
        Assert.Contains("whole column", Check.PassesForJacobian((n, m) => (n * m, n * m)).Hint, StringComparison.Ordinal);

    [Fact]
    public void Passes_MessageUsesInvariantDigitGrouping_WhateverTheCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // The test host runs in globalization-invariant mode, so build a culture that groups digits with '.'.
            var dotted = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            dotted.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = dotted;
            var result = Check.PassesForJacobian((n, m) => (m, n));

            Assert.Contains("n = 1,000,000", result.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}

public class CheckGradientStepMistakeTests
{
    [Fact]
    public void GradientStep_ForgotLearningRate_HintSaysSo()
    {
        var result = Check.GradientStep((loss, w, eta) =>
        {
            var g = Reverse.Grad(loss, w);
            return [w[0] - g[0], w[1] - g[1]];
        });

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("learning rate is missing", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void GradientStep_ReturnsTheGradient_HintSaysSo() =>
        Assert.Contains("gradient itself", Check.GradientStep((loss, w, _) => Reverse.Grad(loss, w)).Hint, StringComparison.Ordinal);

    [Fact]
    public void GradientStep_ReturnsWUntouched_IsWrong()
    {
        var result = Check.GradientStep((_, w, _) => w);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("unchanged", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GradientStep_NaN_HintSaysNaN() =>
        Assert.Contains("NaN", Check.GradientStep((_, w, _) => [double.NaN, double.NaN]).Hint, StringComparison.Ordinal);
}

public class CheckCentralDifferenceMistakeTests
{
    [Fact]
    public void CentralDifference_OwnFixedStep_HintSaysUseH()
    {
        var result = Check.CentralDifference((f, x, _) => (f(x + 1e-6) - f(x - 1e-6)) / 2e-6);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("use that h, not a fixed step of your own", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CentralDifference_Reversed_HintSaysSignError() =>
        Assert.Contains("Sign error", Check.CentralDifference((f, x, h) => (f(x - h) - f(x + h)) / (2 * h)).Hint, StringComparison.Ordinal);

    [Fact]
    public void CentralDifference_ReturnsF_HintSaysItIsF() =>
        Assert.Contains("f(x) itself", Check.CentralDifference((f, x, _) => f(x)).Hint, StringComparison.Ordinal);

    [Fact]
    public void CentralDifference_DividesByZero_HintSaysDivisionByZero() =>
        Assert.Contains("division by zero", Check.CentralDifference((f, x, h) => (f(x + h) - f(x - h) + 1) / 0.0).Hint, StringComparison.Ordinal);
}

public class CheckGraphNodesMistakeTests
{
    [Fact]
    public void GraphNodes_PrecedenceXPlusYTimesY_HintSaysParentheses()
    {
        var result = Check.GraphNodes((x, y) => x + y * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("precedence", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphNodes_LearnerCallsBackwardItself_SaysTheCheckDoesThat()
    {
        var result = Check.GraphNodes((x, y) =>
        {
            var g = (x + y) * y;
            g.Backward();
            return g;
        });

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("calls Backward() itself", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphNodes_ConstantInsteadOfY_IsWrong() =>
        Assert.Equal(ExerciseState.Wrong, Check.GraphNodes((x, _) => (x + 2) * 2).Status);
}
