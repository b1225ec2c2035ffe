namespace AutoDiff.Interactive.Tests;

/// <summary>The homework and the challenge check the learner's own function with the library's
/// gradient check: a central difference that is not finite never agrees with autodiff.</summary>
public class OwnFunctionGradCheckTests
{
    // A pole exactly one central-difference step (10⁻⁵) right of the check point: f and f′ are finite
    // at the point, f(point + step) = 1/0 = +∞, and the one-sided slope there is not finite either.
    private static Value Pole(Value x, double point) => 1 / (x - (point + 1e-5));

    [Fact]
    public void Homework_CentralDifferenceIsInfinite_FailsTheGradientCheck()
    {
        var result = Check.Homework((x, y) => Pole(x, Check.HomeworkPoint.X) + x * y + Value.Exp(y), _ => "<svg/>");

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.StartsWith("Gradient check failed for ∂f/∂x: autodiff -1E+10, ", result.Message, StringComparison.Ordinal);
        Assert.EndsWith("central difference +∞.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_CentralDifferenceIsInfinite_FailsTheGradientCheck()
    {
        var result = Check.Challenge(x => Pole(x, Check.ChallengePoint) + x * x, _ => "<p/>");

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.EndsWith("a central difference +∞.", result.Message, StringComparison.Ordinal);
    }
}
