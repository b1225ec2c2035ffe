using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>Exercise 1.2.40.6: one gradient-descent step w − η·∇loss(w), the gradient by backprop.</summary>
public class GradientStepAnswers
{
    private static double[] Step(Func<Value[], Value> loss, double[] w, double eta, Func<double, double, double, double> rule)
    {
        double[] grad = Reverse.Grad(loss, w);
        return w.Select((wi, i) => rule(wi, grad[i], eta)).ToArray();
    }

    public static readonly AnswerRow<Func<Func<Value[], Value>, double[], double, double[]>>[] Rows =
    [
        // mistake                              the learner's answer                                              verdict       the feedback says
        new("uphill",                           (l, w, eta) => Step(l, w, eta, (wi, g, e) => wi + e * g),          Wrong,        "stepped uphill"),
        new("no learning rate",                 (l, w, eta) => Step(l, w, eta, (wi, g, _) => wi - g),              Wrong,        "learning rate is missing"),
        new("the gradient itself",              (l, w, eta) => Step(l, w, eta, (_, g, _) => g),                   Wrong,        "That is the gradient itself"),
        new("η twice",                          (l, w, eta) => Step(l, w, eta, (wi, g, e) => wi - e * e * g),      Wrong,        "η is applied twice"),
        new("did not move",                     (l, w, eta) => Step(l, w, eta, (wi, _, _) => wi),                  Wrong,        "did not move"),
        new("only the step",                    (l, w, eta) => Step(l, w, eta, (_, g, e) => -e * g),               Wrong,        "That is only the step"),
        new("gradient entries swapped",         (l, w, eta) => { var g = Reverse.Grad(l, w); return [w[0] - eta * g[1], w[1] - eta * g[0]]; }, Wrong, "its own gradient entry"),
        new("NaN",                              (l, w, eta) => Step(l, w, eta, (_, _, _) => double.NaN),            Wrong,        "not finite"),
        new("returns null",                     (_, _, _) => null!,                                                Wrong,        "returned null"),
        new("wrong length",                     (_, w, _) => [w[0]],                                               Wrong,        "1 numbers for 2 parameters"),
        new("unchanged array",                  (_, w, _) => w,                                                    Wrong,        "unchanged"),
        new("stub",                             (_, _, _) => throw new NotImplementedException(),                  NotAttempted, "Not attempted yet"),
        // right answers, written differently
        new("Select over the gradient",         (l, w, eta) => Step(l, w, eta, (wi, g, e) => wi - e * g),          Correct,      "One backward pass"),
        new("loop into a new array",            (l, w, eta) => { var g = Reverse.Grad(l, w); var next = new double[w.Length]; for (int i = 0; i < w.Length; i++) next[i] = w[i] - eta * g[i]; return next; }, Correct, "One backward pass"),
        new("ValueAndGrad",                     (l, w, eta) => { var (_, g) = Reverse.ValueAndGrad(l, w); return [w[0] - eta * g[0], w[1] - eta * g[1]]; }, Correct, "One backward pass"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        row.AssertMatches(Check.GradientStep(row.Answer));
    }
}
