using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Mini-project, f(x, y) = x²y + sin x: ∂f/∂x = 2xy + cos x, ∂f/∂y = x², worked out by hand.</summary>
public class MiniProjectAnswers
{
    private static double Dx(double x, double y) => 2 * x * y + Math.Cos(x);

    private static double Dy(double x, double _) => x * x;

    // The notebook's graph: f traced at (1.5, 2.5), where no two edges carry the same number.
    internal static Value TracedF()
    {
        var tape = new Tape();
        var x = tape.Variable(1.5, "x");
        var y = tape.Variable(2.5, "y");
        var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
        f.Backward();
        return f;
    }

    public static readonly AnswerRow<(Func<double, double, double> DfDx, Func<double, double, double> DfDy)>[] Rows =
    [
        // mistake                              ∂f/∂x                                          ∂f/∂y                        verdict       the feedback says
        new("partials swapped",                 ((x, y) => Dy(x, y),                            (x, y) => Dx(x, y)),          Wrong,        "are DfDx and DfDy swapped?"),
        new("f itself for ∂f/∂x",               ((x, y) => x * x * y + Math.Sin(x),             Dy),                          Wrong,        "That is f itself"),
        new("path through sin x missing",       ((x, y) => 2 * x * y,                           Dy),                          Wrong,        "The path through sin x is missing"),
        new("path through x² missing",          ((x, _) => Math.Cos(x),                         Dy),                          Wrong,        "The path through x² is missing"),
        new("factor y missing",                 ((x, _) => 2 * x + Math.Cos(x),                 Dy),                          Wrong,        "the factor y is missing"),
        new("x instead of 2x",                  ((x, y) => x * y + Math.Cos(x),                 Dy),                          Wrong,        "carries 2x, not x."),
        new("sin instead of cos",               ((x, y) => 2 * x * y + Math.Sin(x),             Dy),                          Wrong,        "carries cos x, not sin x"),
        new("minus cos",                        ((x, y) => 2 * x * y - Math.Cos(x),             Dy),                          Wrong,        "has no minus sign"),
        new("∂f/∂y is the term x²y",            (Dx,                                            (x, y) => x * x * y),         Wrong,        "That is the term x²y itself"),
        new("∂f/∂y is 2x",                      (Dx,                                            (x, _) => 2 * x),             Wrong,        "not its derivative 2x"),
        new("∂f/∂y adds cos x",                 (Dx,                                            (x, _) => x * x + Math.Cos(x)), Wrong,      "sin x does not depend on y"),
        new("∂f/∂y integer division",           (Dx,                                            (x, _) => 1 / 2 * x * x),     Wrong,        "integer division"),
        new("NaN",                              ((x, y) => Math.Log(-x * x) + y,                Dy),                          Wrong,        "NaN"),
        new("library's reverse mode",           ((x, y) => Reverse.Grad(v => Value.Pow(v[0], 2) * v[1] + Value.Sin(v[0]), [x, y])[0], Dy), Wrong, "DfDx calls the library's Reverse.Grad"),
        new("stub",                             ((_, _) => throw new NotImplementedException(), Dy),                          NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("as in the model answer",           (Dx,                                            Dy),                          Correct,      "agree with the graph's adjoints"),
        new("terms in the other order",         ((x, y) => Math.Cos(x) + y * x * 2,             (x, _) => Math.Pow(x, 2)),    Correct,      "agree with the graph's adjoints"),
        new("one term per path, named",         ((x, y) => { double throughSquare = 2 * x * y, throughSin = Math.Cos(x); return throughSquare + throughSin; }, (x, _) => x * x), Correct, "agree with the graph's adjoints"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.MiniProjectPartials(row.Answer.DfDx, row.Answer.DfDy, TracedF()));
    }
}
