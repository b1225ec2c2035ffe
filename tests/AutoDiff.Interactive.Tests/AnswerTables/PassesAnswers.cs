using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Exercise 1.2.40.5: a full Jacobian of f: ℝⁿ → ℝᵐ takes n forward passes or m reverse passes.</summary>
public class PassesAnswers
{
    public static readonly AnswerRow<Func<int, int, (int, int)>>[] Rows =
    [
        // mistake                              the learner's answer                 verdict       the feedback says
        new("swapped",                          (n, m) => (m, n),                     Wrong,        "Swapped"),
        new("one extra pass each",              (n, m) => (n + 1, m + 1),             Wrong,        "Off by one"),
        new("one extra forward pass",           (n, m) => (n + 1, m),                 Wrong,        "Off by one"),
        new("one pass per entry",               (n, m) => (n * m, n * m),             Wrong,        "whole column"),
        new("reverse always one",               (n, _) => (n, 1),                     Wrong,        "Reverse mode needs one pass per output"),
        new("forward always one",               (_, m) => (1, m),                     Wrong,        "Forward mode needs one pass per input"),
        new("one pass each",                    (_, _) => (1, 1),                     Wrong,        "One pass each is enough only"),
        new("reverse needs n",                  (n, _) => (n, n),                     Wrong,        "Reverse mode gets one row"),
        new("forward needs m",                  (_, m) => (m, m),                     Wrong,        "Forward mode gets one column"),
        new("stub",                             (_, _) => throw new NotImplementedException(), NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("tuple",                            (n, m) => (n, m),                     Correct,      "Forward mode needs n passes"),
        new("named locals",                     (n, m) => { int forward = n, reverse = m; return (forward, reverse); }, Correct, "Forward mode needs n passes"),
        new("one per input, one per output",    (n, m) => (Enumerable.Range(0, n).Count(), Enumerable.Range(0, m).Count()), Correct, "Forward mode needs n passes"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.PassesForJacobian((n, m) => row.Answer(n, m)));
    }
}
