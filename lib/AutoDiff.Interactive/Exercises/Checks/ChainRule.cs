using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.9: <paramref name="chainRuleDerivative"/>(x) must return the derivative of
    /// h(x) = exp(sin(x²)) written by the chain rule as the product of the local derivatives on
    /// the path x → x² → sin x² → h: 2x · cos(x²) · exp(sin x²), computed by hand (no call into the
    /// library's differentiation, <see cref="ByHand"/>). Compared with the adjoint of x in the traced
    /// graph; a wrong answer names the edge whose factor is missing or wrong.
    /// </summary>
    public static CheckResult ChainRule(Func<double, double>? chainRuleDerivative) =>
        Attempt.Grade(ExerciseCatalogue.ChainRule.Id, chainRuleDerivative, d => ChainRuleExercise.Grade(d, d));

    private static double Sq(double x) => x * x;

    private static readonly NumericExercise<double> ChainRuleExercise = new()
    {
        Id = ExerciseCatalogue.ChainRule.Id,
        // x = 0.7, −1.3, 2.1: the three edge factors 2x, cos x², e^(sin x²) differ from each other and
        // from 1 at each point, so a missing or wrong factor changes the product everywhere.
        Points = [0.7, -1.3, 2.1],
        Expected = LessonFunctions.HDerivative,
        Tolerance = NumericExercise.Exact,
        Where = x => $"x = {MessageNumber.Text(x)}",
        What = "h′(x)",
        Wrong = (at, a) => $"At {at}: the graph's adjoint of x is {Feedback.N(a.Expected, a.Got)}, you returned {Feedback.N(a.Got, a.Expected)}.",
        Mistakes =
        [
            new("That is h(x) itself, the function: return its derivative h′(x), the product of the local derivatives on the path.", LessonFunctions.HValue),
            new("The factor of the edge x → x² is missing: its local derivative is d(x²)/dx.", x => Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x)))),
            new("The factor of the edge x² → sin x² is missing: the local derivative of sin at its input x².", x => 2 * x * Math.Exp(Math.Sin(Sq(x)))),
            new("The factor of the edge sin x² → h is missing: the local derivative of exp at its input sin x².", x => 2 * x * Math.Cos(Sq(x))),
            new("The edge x → x² carries 2x, not x.", x => x * Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x)))),
            new("The edge x² → sin x² carries cos of its input x², not cos x.", x => 2 * x * Math.Cos(x) * Math.Exp(Math.Sin(Sq(x)))),
            new("The edge x² → sin x² carries cos x², not sin x²: d(sin u)/du = cos u.", x => 2 * x * Math.Sin(Sq(x)) * Math.Exp(Math.Sin(Sq(x)))),
            new("The edge sin x² → h carries exp of its input sin x², not exp(x²).", x => 2 * x * Math.Cos(Sq(x)) * Math.Exp(Sq(x))),
            new("Along one path the local derivatives multiply; you added them.", x => 2 * x + Math.Cos(Sq(x)) + Math.Exp(Math.Sin(Sq(x)))),
            .. Diagnosis.Common<double>(LessonFunctions.HDerivative, "h′(x)"),
        ],
        Fallback = "Multiply the local derivatives of the three edges x → x², x² → sin x² and sin x² → h, each evaluated at its own input.",
        Method = ByHand.Rule(call => ($"Right value, but your code calls the library's {call}: the exercise asks you to apply the chain rule by hand.",
            "Write the three local derivatives yourself (one per edge x → x², x² → sin x², sin x² → h) and multiply them.")),
        Passed = "Your product of local derivatives equals the adjoint reverse mode computes: the chain rule, applied edge by edge from the output back to x.",
    };
}
