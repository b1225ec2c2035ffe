using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Exercise 1.2.40.9, h(x) = exp(sin(x²)): h′(x) = 2x · cos x² · exp(sin x²), by hand.</summary>
public class ChainRuleAnswers
{
    private static double Sq(double x) => x * x;

    public static readonly AnswerRow<Func<double, double>>[] Rows =
    [
        // mistake                              the learner's answer                                                    verdict       the feedback says
        new("h itself",                         x => Math.Exp(Math.Sin(Sq(x))),                                          Wrong,        "That is h(x) itself"),
        new("factor 2x missing",                x => Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x))),                        Wrong,        "factor of the edge x → x² is missing"),
        new("factor cos x² missing",            x => 2 * x * Math.Exp(Math.Sin(Sq(x))),                                  Wrong,        "factor of the edge x² → sin x² is missing"),
        new("factor exp missing",               x => 2 * x * Math.Cos(Sq(x)),                                            Wrong,        "factor of the edge sin x² → h is missing"),
        new("x instead of 2x",                  x => x * Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x))),                    Wrong,        "carries 2x, not x"),
        new("cos x instead of cos x²",          x => 2 * x * Math.Cos(x) * Math.Exp(Math.Sin(Sq(x))),                    Wrong,        "cos of its input x², not cos x"),
        new("sin instead of cos",               x => 2 * x * Math.Sin(Sq(x)) * Math.Exp(Math.Sin(Sq(x))),                Wrong,        "carries cos x², not sin x²"),
        new("exp of the wrong input",           x => 2 * x * Math.Cos(Sq(x)) * Math.Exp(Sq(x)),                          Wrong,        "exp of its input sin x², not exp(x²)"),
        new("factors added",                    x => 2 * x + Math.Cos(Sq(x)) + Math.Exp(Math.Sin(Sq(x))),                Wrong,        "you added them"),
        new("sign flipped",                     x => -2 * x * Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x))),               Wrong,        "Sign error"),
        new("central difference",               x => (Math.Exp(Math.Sin(Sq(x + 1e-5))) - Math.Exp(Math.Sin(Sq(x - 1e-5)))) / 2e-5, Wrong, "not exact"),
        new("integer division makes 0",         x => 1 / 2 * x,                                                          Wrong,        "integer division"),
        new("NaN",                              x => Math.Sqrt(-1 - Sq(x)),                                              Wrong,        "NaN"),
        new("library's reverse mode",           x => Reverse.Derivative(v => Value.Exp(Value.Sin(v * v)), x),            Wrong,        "Right value, but your code calls the library's Reverse.Derivative"),
        new("unrelated number",                 _ => 42,                                                                 Wrong,        "Multiply the local derivatives of the three edges"),
        new("stub",                             _ => throw new NotImplementedException(),                                NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("product in path order",            x => 2 * x * Math.Cos(Sq(x)) * Math.Exp(Math.Sin(Sq(x))),                Correct,      "equals the adjoint"),
        new("named edge factors",               x => { double a = x * x, b = Math.Sin(a); return Math.Exp(b) * Math.Cos(a) * (2 * x); }, Correct, "equals the adjoint"),
        new("with Math.Pow",                    x => Math.Exp(Math.Sin(Math.Pow(x, 2))) * Math.Cos(Math.Pow(x, 2)) * 2 * x, Correct,  "equals the adjoint"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.ChainRule(row.Answer));
    }
}
