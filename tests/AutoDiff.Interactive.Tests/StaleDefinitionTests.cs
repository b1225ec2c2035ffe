namespace AutoDiff.Interactive.Tests;

// The submission log is process-wide: these tests run one at a time and clear it.
[Collection("Formatter state")]
public sealed class StaleDefinitionTests : IDisposable
{
    private static double StaleChainRuleAnswer(double x) => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));

    public StaleDefinitionTests() => SubmissionLog.Clear();

    public void Dispose() => SubmissionLog.Clear();

    [Fact]
    public void DefiningCellFailedLastTime_SaysRunTheCellAboveInsteadOfGradingTheOldDefinition()
    {
        SubmissionLog.Record("double StaleChainRuleAnswer(double x)\n{\n    return 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));\n}", failed: false);
        SubmissionLog.Record("int StaleChainRuleAnswer(double x)\n{\n    return 2 * x * cos(x);\n}", failed: true);

        var result = Check.ChainRule(StaleChainRuleAnswer);

        Assert.Equal(ExerciseState.NotAttempted, result.Status);
        Assert.Contains("Run the cell above and look for a compile error", result.Message, StringComparison.Ordinal);
        Assert.Contains("StaleChainRuleAnswer", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefiningCellRanFineAfterAFailure_IsGraded()
    {
        SubmissionLog.Record("double StaleChainRuleAnswer(double x) => cos(x);", failed: true);
        SubmissionLog.Record("double StaleChainRuleAnswer(double x) => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));", failed: false);

        Assert.Equal(ExerciseState.Correct, Check.ChainRule(StaleChainRuleAnswer).Status);
    }

    [Fact]
    public void AFailedCellThatOnlyCallsTheMethod_DoesNotMakeItStale()
    {
        SubmissionLog.Record("var z = StaleChainRuleAnswer(0.5) +;", failed: true);
        SubmissionLog.Record("return StaleChainRuleAnswer(0.5);", failed: true);

        Assert.Equal(ExerciseState.Correct, Check.ChainRule(StaleChainRuleAnswer).Status);
    }
}
