
namespace AutoDiff.Interactive.Tests;

public class CheckMiniProjectTests
{
    private static Value TracedF(int backwardPasses = 1)
    {
        var tape = new Tape();
        var x = tape.Variable(2, "x");
        var y = tape.Variable(3, "y");
        var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
        for (int i = 0; i < backwardPasses; i++) f.Backward();
        return f;
    }

    [Fact]
    public void Partials_AnalyticFormulas_AreCorrect()
    {
        var result = Check.MiniProjectPartials((x, y) => 2 * x * y + Math.Cos(x), (x, _) => x * x, TracedF());

        Assert.Equal(ExerciseState.Correct, result.Status);
    }

    [Fact]
    public void Partials_MissingCosTerm_HintNamesThePathThroughSin()
    {
        var result = Check.MiniProjectPartials((x, y) => 2 * x * y, (x, _) => x * x, TracedF());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("adjoint of node x", result.Message, StringComparison.Ordinal);
        Assert.Contains("The path through sin x is missing", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_WrongDfDy_NamesNodeY()
    {
        var result = Check.MiniProjectPartials((x, y) => 2 * x * y + Math.Cos(x), (x, y) => x * y, TracedF());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("adjoint of node y", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_GraphNotBuilt_AsksToRunCellsAbove()
    {
        var result = Check.MiniProjectPartials((x, y) => 0, (x, y) => 0, default);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("Run the cells above", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_BackwardRunTwice_SaysAdjointsAccumulated()
    {
        var result = Check.MiniProjectPartials((x, y) => 2 * x * y + Math.Cos(x), (x, _) => x * x, TracedF(backwardPasses: 2));

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("2 times", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_NoBackwardYet_AsksForBackward() =>
        Assert.Contains("f.Backward()", Check.MiniProjectPartials((x, y) => 0, (x, y) => 0, TracedF(backwardPasses: 0)).Message, StringComparison.Ordinal);

    [Fact]
    public void Partials_Stub_IsNotAttempted() =>
        Assert.Equal(ExerciseState.NotAttempted,
            Check.MiniProjectPartials((_, _) => throw new NotImplementedException(), (_, _) => throw new NotImplementedException(), TracedF()).Status);
}

public class CheckHomeworkTests
{
    [Fact]
    public void Homework_SmoothFunctionWithThreeOperations_IsCorrectAndDrawsTheGraph()
    {
        var result = Check.Homework((x, y) => Value.Exp(x * y) + x / y);

        Assert.Equal(ExerciseState.Correct, result.Status);
        Assert.Contains("<svg", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_DrawnGraphCarriesTheGradient()
    {
        ComputationGraph? drawn = null;
        Check.Homework((x, y) => x * x * y + y, g => { drawn = g; return ""; });

        // ∂(x²y + y)/∂x = 2xy and ∂/∂y = x² + 1 at (1.3, 0.7).
        Assert.NotNull(drawn);
        Assert.Equal(2 * 1.3 * 0.7, drawn.Nodes.Single(n => n.Label == "x").Adjoint, 12);
        Assert.Equal(1.3 * 1.3 + 1, drawn.Nodes.Single(n => n.Label == "y").Adjoint, 12);
    }

    [Fact]
    public void Homework_OneOperation_AsksForThree()
    {
        var result = Check.Homework((x, y) => x * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("at least 3", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_CustomPrimitiveWithWrongDerivative_FailsTheGradientCheck()
    {
        var result = Check.Homework((x, y) => Value.Custom("bad", x * y, Math.Sin, _ => 2.0) + x * x);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("Gradient check failed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_FigureThatThrows_KeepsTheVerdict()
    {
        var result = Check.Homework((x, y) => Value.Exp(x * y) + x / y, _ => throw new InvalidOperationException("no layout"));

        Assert.Equal(ExerciseState.Correct, result.Status);
        Assert.Contains("could not be drawn", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Homework_Stub_IsNotAttempted() =>
        Assert.Equal(ExerciseState.NotAttempted, Check.Homework((_, _) => throw new NotImplementedException()).Status);
}

public class CheckChallengeTests
{
    [Fact]
    public void Challenge_SmallChain_IsCorrectAndNarrates()
    {
        var result = Check.Challenge(x => Value.Sin(x * x) + x);

        Assert.Equal(ExerciseState.Correct, result.Status);
        Assert.Contains("Forward pass", result.FigureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_SingleOperation_IsWrong() =>
        Assert.Equal(ExerciseState.Wrong, Check.Challenge(Value.Sin).Status);

    [Fact]
    public void Challenge_Null_AsksToRunCellsAbove() =>
        Assert.Contains("Run the cells above", Check.Challenge(null).Message, StringComparison.Ordinal);
}
