
namespace AutoDiff.Interactive.Tests;

public class CheckChainRuleTests
{
    [Fact]
    public void ChainRule_ProductOfThreeEdges_IsCorrect() =>
        Assert.Equal(ExerciseState.Correct, Check.ChainRule(x => Math.Exp(Math.Sin(x * x)) * Math.Cos(x * x) * 2 * x).Status);

    [Fact]
    public void ChainRule_MissingInnerFactor_HintNamesTheEdgeFromX()
    {
        var result = Check.ChainRule(x => Math.Exp(Math.Sin(x * x)) * Math.Cos(x * x));

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("edge x → x²", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_UnrelatedValue_GeneralHintNamesTheEdgesButGivesNoNumbers()
    {
        var result = Check.ChainRule(_ => 42);

        Assert.Contains("x → x²", result.Hint, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]\\.[0-9]", result.Hint);
    }

    [Fact]
    public void ChainRule_Stub_IsNotAttempted() =>
        Assert.Equal(ExerciseState.NotAttempted, Check.ChainRule(_ => throw new NotImplementedException()).Status);
}
