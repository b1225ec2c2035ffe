using System.Globalization;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.4: <paramref name="forwardPartialX"/>(x, y) must return ∂f/∂x of
    /// f(x, y) = x²y + sin x from one forward pass with dual numbers (seed x with tangent 1 and y
    /// with 0): ∂f/∂x = 2xy + cos x. Compared with reverse mode at several points.
    /// </summary>
    public static CheckResult ForwardPartialX(Func<double, double, double>? forwardPartialX) =>
        Attempt.Grade(ExerciseCatalogue.ForwardPartialX.Id, forwardPartialX, GradeForwardPartialX);

    /// <summary>
    /// Exercise 1.2.40.5: <paramref name="passes"/>(n, m) must return how many passes forward mode
    /// and reverse mode need for the full Jacobian of f: ℝⁿ → ℝᵐ: n forward passes (one per input
    /// direction), m reverse passes (one per output). For a loss (m = 1) reverse needs one pass.
    /// </summary>
    public static CheckResult PassesForJacobian(Func<int, int, (int Forward, int Reverse)>? passes) =>
        Attempt.Grade(ExerciseCatalogue.PassesForJacobian.Id, passes, GradePasses);

    /// <summary>
    /// Exercise 1.2.40.6: <paramref name="gradientStep"/>(loss, w, η) must return
    /// w − η·∇loss(w), the gradient found by backprop (reverse mode). Compared with
    /// <see cref="Reverse.Grad"/> on a two-parameter loss.
    /// </summary>
    public static CheckResult GradientStep(Func<Func<Value[], Value>, double[], double, double[]>? gradientStep) =>
        Attempt.Grade(ExerciseCatalogue.GradientStep.Id, gradientStep, GradeGradientStep);

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

    private static CheckResult GradeGradientStep(Func<Func<Value[], Value>, double[], double, double[]> gradientStep)
    {
        string id = ExerciseCatalogue.GradientStep.Id;
        static Value Loss(Value[] w) => Value.Pow(w[0] - 1, 2) + 2 * Value.Pow(w[1] + 0.5, 2) + w[0] * w[1];
        // Both gradient entries are nonzero, different from each other, from 1 and from the weights,
        // so "uphill", "no η", "η twice" and "did not move" give different numbers.
        double[] start = [0.3, 1.2];
        const double eta = 0.1;
        var w = (double[])start.Clone();
        double[]? next = gradientStep(Loss, w, eta);
        if (next is null) return CheckResult.Fail(id, "Your step returned null.", "Return a new array holding w − η·∇loss(w).");
        if (ReferenceEquals(next, w) && w.SequenceEqual(start))
            return CheckResult.Fail(id, "Your step returned the parameters unchanged (the same array w).", "Compute the gradient with Reverse.Grad(loss, w), then return a new array holding w[i] − η·grad[i].");
        if (next.Length != start.Length)
            return CheckResult.Fail(id, $"Your step returned {next.Length} numbers for {start.Length} parameters.", "Return one updated value per parameter.");
        double[] grad = Reverse.Grad(Loss, start);
        var answers = Enumerable.Range(0, start.Length).Select(i => new Answer<int>(i, next[i], start[i] - eta * grad[i])).ToList();
        if (Diagnosis.NotFinite(id, answers, i => $"w[{i}]", "new w[i]") is { } notFinite) return notFinite;
        if (!Diagnosis.AllRight(answers, 1e-9)) // the update rule is graded, so a numeric gradient may pass
        {
            var wrong = answers.First(a => !Attempt.Close(a.Got, a.Expected));
            Mistake<int>[] mistakes =
            [
                new("You stepped uphill: subtract η·gradient.", i => start[i] + eta * grad[i]),
                new("The learning rate is missing: multiply the gradient by η before subtracting.", i => start[i] - grad[i]),
                new("That is the gradient itself: the step is w[i] − η·grad[i].", i => grad[i]),
                new("η is applied twice: subtract η·grad[i] once.", i => start[i] - (eta * eta * grad[i])),
                new("The parameters did not move: subtract η times each one's gradient.", i => start[i]),
                new("That is only the step −η·∂loss/∂w; add it to the current w.", i => -eta * grad[i]),
                new("Each parameter needs its own gradient entry: w[i] − η·grad[i], with the same i.", i => start[i] - eta * grad[1 - i]),
            ];
            string hint = Diagnosis.Match(answers, mistakes)
                ?? "Get the gradient with Reverse.Grad(loss, w) (one backward pass), then w[i] − η·grad[i].";
            return CheckResult.Fail(id, $"Parameter w[{wrong.Point}]: start {Attempt.N(start[wrong.Point])}, gradient {Attempt.N(grad[wrong.Point])}, η = {Attempt.N(eta)}: {Feedback.ExpectedGot(wrong.Expected, wrong.Got)}.", hint);
        }
        string note = w.SequenceEqual(start) ? "" : " (You also changed the caller's array w; returning a new one is safer.)";
        return CheckResult.Pass(id, "One backward pass gives every parameter's gradient; the step moves each against it. Training repeats this: that is backprop + gradient descent." + note);
    }
}
