using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Exercise 1.2.40.3: the central difference (f(x + h) − f(x − h)) / 2h.</summary>
public class CentralDifferenceAnswers
{
    public static readonly AnswerRow<Func<Func<double, double>, double, double, double>>[] Rows =
    [
        // mistake                              the learner's answer                                   verdict       the feedback says
        new("forward difference",               (f, x, h) => (f(x + h) - f(x)) / h,                      Wrong,        "forward difference"),
        new("backward difference",              (f, x, h) => (f(x) - f(x - h)) / h,                      Wrong,        "backward difference"),
        new("divided by h",                     (f, x, h) => (f(x + h) - f(x - h)) / h,                  Wrong,        "Twice the expected value"),
        new("precedence / 2 * h",               (f, x, h) => (f(x + h) - f(x - h)) / 2 * h,              Wrong,        "Operator precedence"),
        new("reversed",                         (f, x, h) => (f(x - h) - f(x + h)) / (2 * h),            Wrong,        "Sign error"),
        new("f(x) itself",                      (f, x, _) => f(x),                                       Wrong,        "That is f(x) itself"),
        new("no division",                      (f, x, h) => f(x + h) - f(x - h),                        Wrong,        "did not divide"),
        new("own fixed step",                   (f, x, _) => (f(x + 1e-6) - f(x - 1e-6)) / 2e-6,         Wrong,        "use that h"),
        new("integer division 1 / 2",           (f, x, h) => 1 / 2 * (f(x + h) - f(x - h)) / h,          Wrong,        "integer division"),
        new("division by zero",                 (f, x, h) => (f(x + h) - f(x - h)) / (2 * h - 2 * h),    Wrong,        "not finite"),
        new("something else",                   (f, x, h) => f(x + h) / (2 * h),                         Wrong,        "Evaluate f at x + h and at x − h"),
        new("throws",                           (_, _, _) => throw new InvalidOperationException("boom"), Wrong,       "Your code threw InvalidOperationException"),
        new("stub",                             (_, _, _) => throw new NotImplementedException(),        NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("as in the formula",                (f, x, h) => (f(x + h) - f(x - h)) / (2 * h),            Correct,      "Central difference matches"),
        new("half times slope",                 (f, x, h) => 0.5 * (f(x + h) - f(x - h)) / h,            Correct,      "Central difference matches"),
        new("named points",                     (f, x, h) => { double right = f(x + h), left = f(x - h); return (right - left) / h / 2; }, Correct, "Central difference matches"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.CentralDifference(row.Answer));
    }
}
