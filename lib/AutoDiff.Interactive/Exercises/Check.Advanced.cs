using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    // x = 0.7, −1.3, 2.1: the three edge factors 2x, cos x², e^(sin x²) differ from each other and
    // from 1 at each point, so a missing or wrong factor changes the product everywhere.
    private static readonly double[] ChainRulePoints = [0.7, -1.3, 2.1];

    /// <summary>
    /// Exercise 1.2.40.9: <paramref name="chainRuleDerivative"/>(x) must return the derivative of
    /// h(x) = exp(sin(x²)) written by the chain rule as the product of the local derivatives on
    /// the path x → x² → sin x² → h: 2x · cos(x²) · exp(sin x²), computed by hand (no call into the
    /// library's differentiation). Compared with the adjoint of x in the traced graph; a wrong
    /// answer names the edge whose factor is missing or wrong.
    /// </summary>
    public static CheckResult ChainRule(Func<double, double>? chainRuleDerivative) =>
        Attempt.Grade(ExerciseCatalogue.ChainRule.Id, chainRuleDerivative, GradeChainRule);

    private static CheckResult GradeChainRule(Func<double, double> chainRuleDerivative)
    {
        string id = ExerciseCatalogue.ChainRule.Id;
        var answers = ChainRulePoints.Select(x => new Answer<double>(x, chainRuleDerivative(x), TracedChainDerivative(x))).ToList();
        if (Diagnosis.NotFinite(id, answers, x => $"x = {Attempt.N(x)}", "h′(x)") is { } notFinite) return notFinite;
        if (Diagnosis.AllRight(answers, ExactTolerance))
        {
            return LibraryCall(chainRuleDerivative) is { } called
                ? CheckResult.Fail(id, $"Right value, but your code calls the library's {called}: the exercise asks you to apply the chain rule by hand.",
                    "Write the three local derivatives yourself (one per edge x → x², x² → sin x², sin x² → h) and multiply them.")
                : CheckResult.Pass(id, "Your product of local derivatives equals the adjoint reverse mode computes: the chain rule, applied edge by edge from the output back to x.");
        }
        var wrong = answers.First(a => !Attempt.Close(a.Got, a.Expected, ExactTolerance));
        string hint = Diagnosis.Match(answers, ChainRuleMistakes())
            ?? "Multiply the local derivatives of the three edges x → x², x² → sin x² and sin x² → h, each evaluated at its own input.";
        return CheckResult.Fail(id, $"At x = {Attempt.N(wrong.Point)}: the graph's adjoint of x is {Feedback.N(wrong.Expected, wrong.Got)}, you returned {Feedback.N(wrong.Got, wrong.Expected)}.", hint);
    }

    private static IEnumerable<Mistake<double>> ChainRuleMistakes()
    {
        static double Sq(double x) => x * x;
        return
        [
            new("That is h(x) itself, the function: return its derivative h′(x), the product of the local derivatives on the path.", x => Math.Exp(Math.Sin(Sq(x)))),
            new("The factor of the edge x → x² is missing: its local derivative is d(x²)/dx.", x => Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x)))),
            new("The factor of the edge x² → sin x² is missing: the local derivative of sin at its input x².", x => 2 * x * Math.Exp(Math.Sin(Sq(x)))),
            new("The factor of the edge sin x² → h is missing: the local derivative of exp at its input sin x².", x => 2 * x * Math.Cos(Sq(x))),
            new("The edge x → x² carries 2x, not x.", x => x * Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x)))),
            new("The edge x² → sin x² carries cos of its input x², not cos x.", x => 2 * x * Math.Cos(x) * Math.Exp(Math.Sin(Sq(x)))),
            new("The edge x² → sin x² carries cos x², not sin x²: d(sin u)/du = cos u.", x => 2 * x * Math.Sin(Sq(x)) * Math.Exp(Math.Sin(Sq(x)))),
            new("The edge sin x² → h carries exp of its input sin x², not exp(x²).", x => 2 * x * Math.Cos(Sq(x)) * Math.Exp(Sq(x))),
            new("Along one path the local derivatives multiply; you added them.", x => 2 * x + Math.Cos(Sq(x)) + Math.Exp(Math.Sin(Sq(x)))),
            .. Diagnosis.Common<double>(TracedChainDerivative, "h′(x)"),
        ];
    }

    // The independent truth: reverse mode on the traced h.
    private static double TracedChainDerivative(double x)
    {
        var tape = new Tape();
        var vx = tape.Variable(x, "x");
        Value.Exp(Value.Sin(Value.Pow(vx, 2))).Backward();
        return vx.Adjoint;
    }

    // The library's differentiation (or tracing) called from code that should do it by hand, or null.
    private static string? LibraryCall(Delegate learner) =>
        CodeInspector.FirstCallInto(learner, typeof(Reverse), typeof(Forward), typeof(Numeric), typeof(Nested), typeof(Tape), typeof(Value), typeof(Dual));
}
