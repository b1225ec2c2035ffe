using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.6: <paramref name="gradientStep"/>(loss, w, η) must return
    /// w − η·∇loss(w), the gradient found by backprop (reverse mode). Compared with
    /// <see cref="Reverse.Grad"/> on a two-parameter loss.
    /// </summary>
    public static CheckResult GradientStep(Func<Func<Value[], Value>, double[], double, double[]>? gradientStep) =>
        Attempt.Grade(ExerciseCatalogue.GradientStep.Id, gradientStep, GradeGradientStep);

    private static Value StepLoss(Value[] w) => Value.Pow(w[0] - 1, 2) + 2 * Value.Pow(w[1] + 0.5, 2) + w[0] * w[1];

    private static CheckResult GradeGradientStep(Func<Func<Value[], Value>, double[], double, double[]> gradientStep)
    {
        string id = ExerciseCatalogue.GradientStep.Id;
        // Both gradient entries are nonzero, different from each other, from 1 and from the weights,
        // so "uphill", "no η", "η twice" and "did not move" give different numbers.
        double[] start = [0.3, 1.2];
        const double eta = 0.1;
        var w = (double[])start.Clone();
        double[]? next = gradientStep(StepLoss, w, eta);
        if (next is null) return CheckResult.Fail(id, "Your step returned null.", "Return a new array holding w − η·∇loss(w).");
        if (ReferenceEquals(next, w) && w.SequenceEqual(start))
            return CheckResult.Fail(id, "Your step returned the parameters unchanged (the same array w).", "Compute the gradient with Reverse.Grad(loss, w), then return a new array holding w[i] − η·grad[i].");
        if (next.Length != start.Length)
            return CheckResult.Fail(id, $"Your step returned {next.Length} numbers for {start.Length} parameters.", "Return one updated value per parameter.");
        double[] grad = Reverse.Grad(StepLoss, start);
        string note = w.SequenceEqual(start) ? "" : " (You also changed the caller's array w; returning a new one is safer.)";
        var exercise = new NumericExercise<int>
        {
            Id = id,
            Points = [0, 1],
            Expected = i => start[i] - eta * grad[i],
            Tolerance = 1e-9, // the update rule is graded, so a numeric gradient may pass
            Where = i => $"w[{i}]",
            What = "new w[i]",
            Wrong = (at, a) => $"Parameter {at}: start {MessageNumber.Text(start[a.Point])}, gradient {MessageNumber.Text(grad[a.Point])}, η = {MessageNumber.Text(eta)}: {Feedback.ExpectedGot(a.Expected, a.Got)}.",
            Mistakes =
            [
                new("You stepped uphill: subtract η·gradient.", i => start[i] + eta * grad[i]),
                new("The learning rate is missing: multiply the gradient by η before subtracting.", i => start[i] - grad[i]),
                new("That is the gradient itself: the step is w[i] − η·grad[i].", i => grad[i]),
                new("η is applied twice: subtract η·grad[i] once.", i => start[i] - (eta * eta * grad[i])),
                new("The parameters did not move: subtract η times each one's gradient.", i => start[i]),
                new("That is only the step −η·∂loss/∂w; add it to the current w.", i => -eta * grad[i]),
                new("Each parameter needs its own gradient entry: w[i] − η·grad[i], with the same i.", i => start[i] - eta * grad[1 - i]),
            ],
            Fallback = "Get the gradient with Reverse.Grad(loss, w) (one backward pass), then w[i] − η·grad[i].",
            Passed = "One backward pass gives every parameter's gradient; the step moves each against it. Training repeats this: that is backprop + gradient descent." + note,
        };
        return exercise.Grade(i => next[i], gradientStep);
    }
}
