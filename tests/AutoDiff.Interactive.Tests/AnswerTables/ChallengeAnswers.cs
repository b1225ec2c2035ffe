using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Coding challenge 8: the learner's own f(x) with two or three operations, defined and
/// smooth at x = 0.5.</summary>
public class ChallengeAnswers
{
    public static readonly AnswerRow<Func<Value, Value>>[] Rows =
    [
        // mistake                              the learner's answer                                  verdict       the feedback says
        new("NaN at the point",                 x => Value.Log(x - 1) * x,                              Wrong,        "your function is not defined at x = 0.5"),
        new("one affine map",                   x => x * 2 + 1,                                         Wrong,        "only scales and shifts x"),
        new("a single operation",               x => Value.Sin(x),                                      Wrong,        "challenge asks for two or three"),
        new("too many operations",              x => Value.Sin(x * x) * Value.Exp(x) + Value.Cos(x),    Wrong,        "so the explanation stays short"),
        new("the lesson's h",                   x => Value.Exp(Value.Sin(Value.Pow(x, 2))),             Wrong,        "03-advanced already steps through"),
        new("x.Primal hides x",                 x => Value.Sin(x * x.Primal) + x,                       Wrong,        "`.Primal`"),
        new("infinite slope",                   x => Value.Sqrt(x - 0.5) + x * x,                       Wrong,        "The slope is infinite"),
        new("kink at the point",                x => Value.Abs(x - 0.5) * x + x,                        Wrong,        "kink at x = 0.5"),
        new("calls Backward",                   x => { var f = Value.Sin(x * x) + x; f.Backward(); return f; }, Wrong, "calls Backward() itself"),
        new("stub",                             _ => throw new NotImplementedException(),               NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("the model answer",                 x => Value.Sin(Value.Pow(x, 2)) + x,                    Correct,      "The narration below explains both passes"),
        new("product with exp",                 x => x * Value.Exp(x),                                  Correct,      "The narration below explains both passes"),
        new("scaled inside",                    x => Value.Tanh(3 * x) * x,                             Correct,      "The narration below explains both passes"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.Challenge(row.Answer, _ => "<p>narration</p>"));
    }
}
