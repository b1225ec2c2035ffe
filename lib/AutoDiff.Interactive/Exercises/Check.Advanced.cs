using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.9: <paramref name="chainRuleDerivative"/>(x) must return the derivative of
    /// h(x) = exp(sin(x²)) written by the chain rule as the product of the local derivatives on
    /// the path x → x² → sin x² → h: 2x · cos(x²) · exp(sin x²). Compared with the adjoint of x in
    /// the traced graph; a wrong answer names the edge whose factor is missing.
    /// </summary>
    public static CheckResult ChainRule(Func<double, double>? chainRuleDerivative) =>
        Attempt.Grade(ExerciseCatalogue.ChainRule.Id, chainRuleDerivative, GradeChainRule);

    private static CheckResult GradeChainRule(Func<double, double> chainRuleDerivative)
    {
        string id = ExerciseCatalogue.ChainRule.Id;
        foreach (double x in new[] { 0.7, -1.3, 2.1 })
        {
            var tape = new Tape();
            var vx = tape.Variable(x, "x");
            var h = Value.Exp(Value.Sin(Value.Pow(vx, 2))).Named("h");
            h.Backward();
            double got = chainRuleDerivative(x);
            if (Attempt.Close(got, vx.Adjoint, ExactTolerance)) continue;
            string hint = Feedback.Common(got, vx.Adjoint, "h′(x), the product of the three local derivatives")
                ?? (Attempt.Close(got, h.Primal) ? "That is h(x) itself, the function: return its derivative h′(x), the product of the local derivatives on the path."
                : PathHints.MissingFactor(h.ToGraph(), got));
            return CheckResult.Fail(id, $"At x = {Attempt.N(x)}: the graph's adjoint of x is {Feedback.N(vx.Adjoint, got)}, you returned {Feedback.N(got, vx.Adjoint)}.", hint);
        }
        return CheckResult.Pass(id, "Your product of local derivatives equals the adjoint reverse mode computes: the chain rule, applied edge by edge from the output back to x.");
    }
}
