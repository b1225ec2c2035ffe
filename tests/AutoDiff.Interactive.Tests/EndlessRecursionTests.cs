namespace AutoDiff.Interactive.Tests;

/// <summary>Recursion the library stops for lack of stack (it throws
/// <see cref="InsufficientExecutionStackException"/> inside tape operations) is graded as "recursed
/// without end", with the hint to look for the base case, and the next check works. The learner code
/// here throws that exception itself, from a few calls deep: a real endless recursion would end the
/// test host wherever the library has no guard.</summary>
public class EndlessRecursionTests
{
    // Recurses a few levels, then throws as the library's guard does when the stack runs low.
    private static Value Deep(Value x, int depth) =>
        depth == 0 ? throw new InsufficientExecutionStackException() : Deep(x * 1.0001, depth - 1);

    private static double DeepDouble(double x, int depth) =>
        depth == 0 ? throw new InsufficientExecutionStackException() : DeepDouble(x, depth - 1) + 1;

    public static TheoryData<string> Checks => ["chain rule", "homework", "mini-project partials", "challenge", "quiz", "prediction"];

    [Theory]
    [MemberData(nameof(Checks))]
    public void StackRunningLowInLearnerCode_IsWrong_WithTheMissingBaseCaseHint(string check)
    {
        var result = Run(check);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal("Your code recursed without end: look for a missing base case.", result.Message);
        Assert.Contains("needs a case that returns without calling itself", result.Hint, StringComparison.Ordinal);
        Assert.Contains("this kernel are still usable", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterEndlessRecursion_TheNextCheckOfTheSameExerciseWorks()
    {
        Assert.Equal(ExerciseState.Wrong, Run("chain rule").Status);

        Assert.Equal(ExerciseState.Correct, Check.ChainRule(x => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x))).Status);
    }

    [Fact]
    public void OtherExceptions_StillNameThemselves()
    {
        var result = Check.ChainRule(_ => throw new StackOverflowTestException());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.DoesNotContain("recursed without end", result.Message, StringComparison.Ordinal);
        Assert.Contains("StackOverflowTestException", result.Message, StringComparison.Ordinal);
    }

    private static CheckResult Run(string check) => check switch
    {
        "chain rule" => Check.ChainRule(x => DeepDouble(x, 40)),
        "homework" => Check.Homework((x, y) => Deep(x * y, 40), _ => "<svg/>"),
        "mini-project partials" => Check.MiniProjectPartials((x, _) => DeepDouble(x, 40), (x, _) => x * x, MiniProjectF()),
        "challenge" => Check.Challenge(x => Deep(x, 40)),
        "quiz" => new Quiz().Answer(1, () => DeepDouble(1, 40) > 0),
        _ => new ConceptChecks().Predict("1.2.40.4.predict", () => ((int)DeepDouble(1, 40), 1)),
    };

    private static Value MiniProjectF()
    {
        var tape = new Tape();
        var (x, y) = (tape.Variable(2, "x"), tape.Variable(3, "y"));
        var f = x * x * y + Value.Sin(x);
        f.Backward();
        return f;
    }

    private sealed class StackOverflowTestException : Exception;
}
