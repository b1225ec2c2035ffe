using System.Globalization;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.5: <paramref name="passes"/>(n, m) must return how many passes forward mode
    /// and reverse mode need for the full Jacobian of f: ℝⁿ → ℝᵐ: n forward passes (one per input
    /// direction), m reverse passes (one per output). For a loss (m = 1) reverse needs one pass.
    /// </summary>
    public static CheckResult PassesForJacobian(Func<int, int, (int Forward, int Reverse)>? passes) =>
        Attempt.Grade(ExerciseCatalogue.PassesForJacobian.Id, passes, GradePasses);

    private static readonly (int N, int M)[] PassPoints = [(1_000_000, 1), (3, 1), (1, 50), (10, 7)];

    private static readonly (string Hint, Func<int, int, (int, int)> Passes)[] PassMistakes =
    [
        ("Swapped: forward mode pushes one input direction per pass; reverse mode pulls back one output per pass.", (n, m) => (m, n)),
        ("Off by one: no extra pass is needed for the function value, since every pass computes it along the way.", (n, m) => (n + 1, m + 1)),
        ("Off by one: no extra pass is needed for the function value, since every pass computes it along the way.", (n, m) => (n + 1, m)),
        ("Off by one: no extra pass is needed for the function value, since every pass computes it along the way.", (n, m) => (n, m + 1)),
        ("One pass gives a whole column (forward) or a whole row (reverse) of the Jacobian, not a single entry.", (n, m) => (n * m, n * m)),
        ("Reverse mode needs one pass per output, not one in all: each reverse pass gives one row of the Jacobian.", (n, _) => (n, 1)),
        ("Forward mode needs one pass per input, not one in all: each forward pass gives one column of the Jacobian.", (_, m) => (1, m)),
        ("One pass each is enough only for a scalar function of one input: forward mode needs one pass per input, reverse one per output.", (_, _) => (1, 1)),
    ];

    // Integer answers: graded exactly, so not a numeric exercise; its mistakes are data all the same.
    private static CheckResult GradePasses(Func<int, int, (int Forward, int Reverse)> passes)
    {
        string id = ExerciseCatalogue.PassesForJacobian.Id;
        var answers = PassPoints.Select(p => (p.N, p.M, Got: passes(p.N, p.M))).ToList();
        if (answers.All(a => a.Got == (a.N, a.M)))
            return CheckResult.Pass(id, "Forward mode needs n passes, reverse mode m. A loss has m = 1 and millions of parameters: one reverse pass gives the whole gradient. That is why ML uses reverse mode.");
        var (n, m, (forward, reverse)) = answers.First(a => a.Got != (a.N, a.M));
        string hint = PassMistakes.FirstOrDefault(k => answers.All(a => a.Got == k.Passes(a.N, a.M))).Hint
            ?? (answers.All(a => a.Got.Forward == a.N) ? "Reverse mode gets one row of the Jacobian (one output, all inputs) per pass."
            : answers.All(a => a.Got.Reverse == a.M) ? "Forward mode gets one column of the Jacobian (all outputs, one input direction) per pass."
            : "Forward mode gets one column of the Jacobian per pass, reverse mode one row.");
        string message = string.Create(CultureInfo.InvariantCulture,
            $"For n = {n:N0} inputs and m = {m:N0} outputs: expected (forward {n:N0}, reverse {m:N0}), got (forward {forward:N0}, reverse {reverse:N0}).");
        return CheckResult.Fail(id, message, hint);
    }
}
