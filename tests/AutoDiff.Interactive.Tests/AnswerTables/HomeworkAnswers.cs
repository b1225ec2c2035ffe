using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Homework: the learner's own f(x, y) (not the mini-project's), three operations or more,
/// smooth at (1.3, 0.7).</summary>
public class HomeworkAnswers
{
    public static readonly AnswerRow<Func<Value, Value, Value>>[] Rows =
    [
        // mistake                              the learner's answer                                        verdict       the feedback says
        new("the mini-project's f",             (x, y) => Value.Pow(x, 2) * y + Value.Sin(x),                 Wrong,        "That is the mini-project's f"),
        new("the mini-project's f, rewritten",  (x, y) => Value.Sin(x) + x * x * y,                           Wrong,        "That is the mini-project's f"),
        new("too few operations",               (x, y) => x * y,                                              Wrong,        "the homework asks for at least 3"),
        new("only scaling and shifting",        (x, y) => (x + y) * 2 + 1,                                    Wrong,        "the homework asks for at least 3"),
        new("y.Primal hides y",                 (x, y) => Value.Exp(x * y.Primal) + x / y,                    Wrong,        "`.Primal`"),
        new("not defined at the point",         (x, y) => Value.Log(y - x) + x * y + x,                       Wrong,        "not defined at the check point"),
        new("infinite slope",                   (x, y) => Value.Sqrt(x - 1.3) + x * y + y,                    Wrong,        "The slope is infinite"),
        new("kink at the point",                (x, y) => Value.Abs(x - 1.3) * x + x * y,                     Wrong,        "kink at (1.3, 0.7) along x"),
        new("calls Backward",                   (x, y) => { var f = Value.Exp(x * y) + x / y; f.Backward(); return f; }, Wrong, "calls Backward() itself"),
        new("own tape",                         (_, _) => { var t = new Tape(); var a = t.Variable(1); return Value.Exp(a * a) + a; }, Wrong, "not on the tape of x and y"),
        new("ignores y",                       (x, y) => Value.Exp(x) + Value.Sin(x) * x,                    Wrong,        "Your f never uses y: y is not in its graph"),
        new("ignores x",                        (x, y) => Value.Exp(y) * Value.Cos(y) + y * y,                Wrong,        "Your f never uses x: x is not in its graph"),
        new("y cancels",                        (x, y) => Value.Exp(x) * Value.Sin(x) + (y - y) * x,          Wrong,        "y enters your graph, but every path from it cancels"),
        new("y times zero",                     (x, y) => Value.Exp(x * x) + Value.Tanh(x) + 0 * y,           Wrong,        "∂f/∂y = 0 at every check point"),
        new("constant on the tape",             (x, y) => x * 0 + y * 0 + 2,                                  Wrong,        "does not depend on x or y"),
        new("constant off the tape",            (_, _) => Value.Constant(2),                                  Wrong,        "it uses neither x nor y"),
        new("stub",                             (_, _) => throw new NotImplementedException(),                NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("the example in the text",          (x, y) => Value.Exp(x * y) + x / y,                           Correct,      "agrees with central differences"),
        new("trigonometric",                    (x, y) => Value.Sin(x * y) * Value.Cos(x) + y,                Correct,      "agrees with central differences"),
        new("with named intermediates",         (x, y) => { var u = x * x; var v = Value.Tanh(u - y); return v * y + Value.Log(x); }, Correct, "agrees with central differences"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.Homework(row.Answer, _ => "<svg/>"));
    }
}
