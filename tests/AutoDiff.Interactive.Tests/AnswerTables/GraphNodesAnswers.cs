using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Exercise 1.2.40.2: g(x, y) = (x + y)·y built from the two traced inputs.</summary>
public class GraphNodesAnswers
{
    public static readonly AnswerRow<Func<Value, Value, Value>>[] Rows =
    [
        // mistake                              the learner's answer                                   verdict       the feedback says
        new("precedence x + y·y",               (x, y) => x + y * y,                                     Wrong,        "Operator precedence"),
        new("only the sum",                     (x, y) => x + y,                                         Wrong,        "That is only x + y"),
        new("times x",                          (x, y) => (x + y) * x,                                   Wrong,        "multiplied by x"),
        new("expanded",                         (x, y) => x * y + y * y,                                 Wrong,        "Same number, different graph"),
        new("y.Primal hides y",                 (x, y) => (x + y.Primal) * y,                            Wrong,        "`.Primal`"),
        new("own tape",                         (_, _) => { var t = new Tape(); var y = t.Variable(2.7); return (t.Variable(1.3) + y) * y; }, Wrong, "not on the tape of x and y"),
        new("calls Backward",                   (x, y) => { var g = (x + y) * y; g.Backward(); return g; }, Wrong,     "calls Backward() itself"),
        new("NaN",                              (x, y) => Value.Log(x - y) * y,                          Wrong,        "not finite"),
        new("something else",                   (x, y) => x * y,                                         Wrong,        "Build exactly (x + y) * y"),
        new("stub",                             (_, _) => throw new NotImplementedException(),           NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("as in the exercise",               (x, y) => (x + y) * y,                                   Correct,      "y feeds 2 nodes"),
        new("factors swapped",                  (x, y) => y * (x + y),                                   Correct,      "y feeds 2 nodes"),
        new("named intermediate",               (x, y) => { var s = y + x; return s * y; },              Correct,      "y feeds 2 nodes"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.GraphNodes(row.Answer));
    }
}
