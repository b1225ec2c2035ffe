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

    private static CheckResult GradeForwardPartialX(Func<double, double, double> forwardPartialX)
    {
        string id = ExerciseCatalogue.ForwardPartialX.Id;
        foreach (var (x, y) in new[] { (2.0, 3.0), (-1.0, 0.5), (0.3, -2.0) })
        {
            var tape = new Tape();
            var vx = tape.Variable(x, "x");
            var vy = tape.Variable(y, "y");
            var f = Value.Pow(vx, 2) * vy + Value.Sin(vx);
            f.Backward();
            double got = forwardPartialX(x, y);
            if (Attempt.Close(got, vx.Adjoint, ExactTolerance)) continue;
            string hint = Feedback.Common(got, vx.Adjoint, "∂f/∂x, the Tangent of f computed with Dual numbers")
                ?? (Attempt.Close(got, vy.Adjoint) ? "That is ∂f/∂y: seed x with tangent 1 and y with tangent 0."
                : Attempt.Close(got, vx.Adjoint + vy.Adjoint) ? "You seeded both inputs with 1: that is the derivative along the direction (1, 1). Seed only x."
                : Attempt.Close(got, f.Primal) ? "That is f itself (the primal): return the Tangent of the result."
                : Attempt.Close(got, 2 * x * y) ? "The path through sin x is missing: f = x²y + sin x, so its tangent gets cos x · (tangent of x) too. Compute all of f with Dual numbers."
                : Attempt.Close(got, Math.Cos(x)) ? "The path through x²y is missing: compute all of f = x²y + sin x with Dual numbers."
                : "Build the inputs as new Dual(x, 1) and new Dual(y, 0), compute x²y + sin x with them, and return .Tangent.");
            return CheckResult.Fail(id, $"At (x, y) = ({Attempt.N(x)}, {Attempt.N(y)}): ∂f/∂x = 2xy + cos x, {Feedback.ExpectedGot(vx.Adjoint, got)}.", hint);
        }
        return CheckResult.Pass(id, "One forward pass seeded with (1, 0) gives ∂f/∂x and agrees with reverse mode. The full gradient needs one forward pass per input.");
    }

    private static CheckResult GradePasses(Func<int, int, (int Forward, int Reverse)> passes)
    {
        string id = ExerciseCatalogue.PassesForJacobian.Id;
        foreach (var (n, m) in new[] { (1_000_000, 1), (3, 1), (1, 50), (10, 10) })
        {
            var (forward, reverse) = passes(n, m);
            if (forward == n && reverse == m) continue;
            string hint = forward == m && reverse == n ? "Swapped: forward mode pushes one input direction per pass; reverse mode pulls back one output per pass."
                : forward == n + 1 || reverse == m + 1 ? "Off by one: no extra pass is needed for the function value, since every pass computes it along the way."
                : forward == n * m || reverse == n * m ? "One pass gives a whole column (forward) or a whole row (reverse) of the Jacobian, not a single entry."
                : forward != n ? "Forward mode gets one column of the Jacobian (all outputs, one input direction) per pass."
                : "Reverse mode gets one row of the Jacobian (one output, all inputs) per pass.";
            string message = string.Create(CultureInfo.InvariantCulture,
                $"For n = {n:N0} inputs and m = {m:N0} outputs: expected (forward {n:N0}, reverse {m:N0}), got (forward {forward:N0}, reverse {reverse:N0}).");
            return CheckResult.Fail(id, message, hint);
        }
        return CheckResult.Pass(id, "Forward mode needs n passes, reverse mode m. A loss has m = 1 and millions of parameters: one reverse pass gives the whole gradient. That is why ML uses reverse mode.");
    }

    private static CheckResult GradeGradientStep(Func<Func<Value[], Value>, double[], double, double[]> gradientStep)
    {
        string id = ExerciseCatalogue.GradientStep.Id;
        static Value Loss(Value[] w) => Value.Pow(w[0] - 1, 2) + 2 * Value.Pow(w[1] + 0.5, 2) + w[0] * w[1];
        double[] start = [0.5, 1.0];
        const double eta = 0.1;
        var w = (double[])start.Clone();
        double[]? next = gradientStep(Loss, w, eta);
        if (next is null) return CheckResult.Fail(id, "Your step returned null.", "Return a new array holding w − η·∇loss(w).");
        if (ReferenceEquals(next, w) && w.SequenceEqual(start))
            return CheckResult.Fail(id, "Your step returned the parameters unchanged (the same array w).", "Compute the gradient with Reverse.Grad(loss, w), then return a new array holding w[i] − η·grad[i].");
        if (next.Length != start.Length)
            return CheckResult.Fail(id, $"Your step returned {next.Length} numbers for {start.Length} parameters.", "Return one updated value per parameter.");
        double[] grad = Reverse.Grad(Loss, start);
        for (int i = 0; i < start.Length; i++)
        {
            double expected = start[i] - eta * grad[i];
            if (Attempt.Close(next[i], expected)) continue; // the update rule is graded, so a numeric gradient may pass
            string hint = Feedback.NotFinite(next[i], "w[i] − η·grad[i]")
                ?? (Attempt.Close(next[i], start[i] + eta * grad[i]) ? "You stepped uphill: subtract η·gradient."
                : Attempt.Close(next[i], start[i] - grad[i]) ? "The learning rate is missing: multiply the gradient by η before subtracting."
                : Attempt.Close(next[i], grad[i]) ? "That is the gradient itself: the step is w[i] − η·grad[i]."
                : Attempt.Close(next[i], start[i] - (eta * eta * grad[i])) ? "η is applied twice: subtract η·grad[i] once."
                : Attempt.Close(next[i], start[i]) ? "The parameter did not move: subtract η times its gradient."
                : Attempt.Close(next[i], -eta * grad[i]) ? "That is only the step −η·∂loss/∂w; add it to the current w."
                : Feedback.Common(next[i], expected, "w[i] − η·grad[i] with the exact gradient from Reverse.Grad")
                    ?? "Get the gradient with Reverse.Grad(loss, w) (one backward pass), then w[i] − η·grad[i].");
            return CheckResult.Fail(id, $"Parameter w[{i}]: start {Attempt.N(start[i])}, gradient {Attempt.N(grad[i])}, η = {Attempt.N(eta)}: {Feedback.ExpectedGot(expected, next[i])}.", hint);
        }
        string note = w.SequenceEqual(start) ? "" : " (You also changed the caller's array w; returning a new one is safer.)";
        return CheckResult.Pass(id, "One backward pass gives every parameter's gradient; the step moves each against it. Training repeats this: that is backprop + gradient descent." + note);
    }
}
