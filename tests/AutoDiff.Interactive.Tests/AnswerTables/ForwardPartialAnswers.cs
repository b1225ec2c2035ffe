using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Exercise 1.2.40.4, f(x, y) = x²y + sin x: ∂f/∂x = 2xy + cos x, from one forward pass with dual numbers.</summary>
public class ForwardPartialAnswers
{
    // Forward mode as the exercise asks, with the seeds given.
    private static double Tangent(double x, double y, double seedX, double seedY)
    {
        var dx = new Dual(x, seedX);
        var dy = new Dual(y, seedY);
        return (dx * dx * dy + Dual.Sin(dx)).Tangent;
    }

    public static readonly AnswerRow<Func<double, double, double>>[] Rows =
    [
        // mistake                              the learner's answer                                          verdict       the feedback says
        new("seeded y instead of x",            (x, y) => Tangent(x, y, 0, 1),                                 Wrong,        "That is ∂f/∂y"),
        new("seeded both",                      (x, y) => Tangent(x, y, 1, 1),                                 Wrong,        "seeded both inputs"),
        new("returned the primal",              (x, y) => (new Dual(x, 1) * new Dual(x, 1) * new Dual(y, 0) + Dual.Sin(new Dual(x, 1))).Primal, Wrong, "That is f itself"),
        new("sin x left out",                   (x, y) => (new Dual(x, 1) * new Dual(x, 1) * new Dual(y, 0)).Tangent, Wrong,  "term from sin x is missing"),
        new("x²y left out",                     (x, _) => Dual.Sin(new Dual(x, 1)).Tangent,                    Wrong,        "term from x²y is missing"),
        new("factor 2 lost",                    (x, y) => x * y + Math.Cos(x),                                 Wrong,        "factor 2 is missing"),
        new("primal of x²y as its tangent",     (x, y) => x * x * y + Math.Cos(x),                             Wrong,        "the primal x²y, not its tangent"),
        new("sin instead of cos",               (x, y) => 2 * x * y + Math.Sin(x),                             Wrong,        "not sin x"),
        new("minus cos",                        (x, y) => 2 * x * y - Math.Cos(x),                             Wrong,        "wrong sign"),
        new("sign flipped",                     (x, y) => -Tangent(x, y, 1, 0),                                Wrong,        "Sign error"),
        new("NaN",                              (x, y) => Tangent(x, y, double.NaN, 0),                        Wrong,        "NaN"),
        new("formula, no dual numbers",         (x, y) => 2 * x * y + Math.Cos(x),                             Wrong,        "Right value, but the exercise asks you to get it from one forward pass with Dual numbers"),
        new("reverse mode instead",             (x, y) => Reverse.Grad(v => v[0] * v[0] * v[1] + Value.Sin(v[0]), [x, y])[0], Wrong, "or Reverse.Grad"),
        new("stub",                             (_, _) => throw new NotImplementedException(),                 NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("seeded duals",                     (x, y) => Tangent(x, y, 1, 0),                                 Correct,      "One forward pass"),
        new("Dual.Variable and Dual.Constant",  (x, y) => { var dx = Dual.Variable(x); var dy = Dual.Constant(y); return (dx * dx * dy + Dual.Sin(dx)).Tangent; }, Correct, "One forward pass"),
        new("Forward.Derivative in x",          (x, y) => Forward.Derivative(t => t * t * new Dual(y, 0) + Dual.Sin(t), x), Correct, "One forward pass"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.ForwardPartialX(row.Answer));
    }
}
