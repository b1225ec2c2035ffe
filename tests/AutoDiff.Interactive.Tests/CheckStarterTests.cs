
namespace AutoDiff.Interactive.Tests;

public class CheckGraphNodesTests
{
    [Fact]
    public void GraphNodes_SumTimesY_IsCorrect() =>
        Assert.Equal(ExerciseState.Correct, Check.GraphNodes((x, y) => (x + y) * y).Status);

    [Fact]
    public void GraphNodes_Stub_IsNotAttempted() =>
        Assert.Equal(ExerciseState.NotAttempted, Check.GraphNodes((_, _) => throw new NotImplementedException()).Status);

    [Fact]
    public void GraphNodes_NullDelegate_AsksToRunCellsAbove()
    {
        var result = Check.GraphNodes(null);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("Run the cells above", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphNodes_ExpandedForm_SameValueButHintNamesTheOperations()
    {
        var result = Check.GraphNodes((x, y) => x * y + y * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("×, ×, +", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphNodes_WrongValue_SaysExpectedAndGot()
    {
        var result = Check.GraphNodes((x, y) => x * y);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("your g = 3.51", result.Message, StringComparison.Ordinal);
        Assert.Contains("expected (x + y)·y = 10.8", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphNodes_LearnerCodeThrows_IsWrongNotAnException()
    {
        var result = Check.GraphNodes((_, _) => throw new InvalidOperationException("boom"));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("InvalidOperationException: boom", result.Message, StringComparison.Ordinal);
    }
}

public class CheckCentralDifferenceTests
{
    [Fact]
    public void CentralDifference_Formula_IsCorrect() =>
        Assert.Equal(ExerciseState.Correct, Check.CentralDifference((f, x, h) => (f(x + h) - f(x - h)) / (2 * h)).Status);

    [Fact]
    public void CentralDifference_ForwardDifference_HintNamesIt()
    {
        var result = Check.CentralDifference((f, x, h) => (f(x + h) - f(x)) / h);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("forward difference", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CentralDifference_DividedByH_HintSaysTwice()
    {
        var result = Check.CentralDifference((f, x, h) => (f(x + h) - f(x - h)) / h);

        Assert.Contains("Twice", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CentralDifference_Stub_IsNotAttempted() =>
        Assert.Equal(ExerciseState.NotAttempted, Check.CentralDifference((_, _, _) => throw new NotImplementedException()).Status);

    [Fact]
    public void CentralDifference_Throws_IsWrong() =>
        Assert.Equal(ExerciseState.Wrong, Check.CentralDifference((_, _, _) => throw new DivideByZeroException()).Status);
}
