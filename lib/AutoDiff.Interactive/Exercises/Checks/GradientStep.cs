using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.6: <paramref name="gradientStep"/>(loss, w, η) must return
    /// w − η·∇loss(w), the gradient found by backprop (reverse mode). Compared with
    /// <see cref="Reverse.Grad"/> on a two-parameter loss, at two learning rates.
    /// </summary>
    public static CheckResult GradientStep(Func<Func<Value[], Value>, double[], double, double[]>? gradientStep) =>
        Attempt.Grade(ExerciseCatalogue.GradientStep.Id, gradientStep, GradeGradientStep);

    private static Value StepLoss(Value[] w) => Value.Pow(w[0] - 1, 2) + 2 * Value.Pow(w[1] + 0.5, 2) + w[0] * w[1];

    // Two learning rates, so a rate of the learner's own (0.01 = 0.1², 0.1) is told from the one
    // passed in: an answer must follow η.
    private static readonly double[] StepEtas = [0.1, 0.05];

    private static CheckResult GradeGradientStep(Func<Func<Value[], Value>, double[], double, double[]> gradientStep)
    {
        string id = ExerciseCatalogue.GradientStep.Id;
        // Both gradient entries are nonzero, different from each other, from 1 and from the weights,
        // so "uphill", "no η", "η twice" and "did not move" give different numbers.
        double[] start = [0.3, 1.2];
        var steps = new List<double[]>();
        string note = "";
        foreach (double eta in StepEtas)
        {
            var w = (double[])start.Clone();
            double[]? next = gradientStep(StepLoss, w, eta);
            if (next is null) return CheckResult.Fail(id, "Your step returned null.", "Return a new array holding w − η·∇loss(w).");
            if (ReferenceEquals(next, w) && w.SequenceEqual(start))
                return CheckResult.Fail(id, "Your step returned the parameters unchanged (the same array w).", "Compute the gradient with Reverse.Grad(loss, w), then return a new array holding w[i] − η·grad[i].");
            if (next.Length != start.Length)
                return CheckResult.Fail(id, $"Your step returned {next.Length} numbers for {start.Length} parameters.", "Return one updated value per parameter.");
            if (!w.SequenceEqual(start)) note = " (You also changed the caller's array w; returning a new one is safer.)";
            steps.Add(next);
        }
        double[] grad = Reverse.Grad(StepLoss, start);
        var exercise = new NumericExercise<(int I, double Eta)>
        {
            Id = id,
            Points = [.. StepEtas.SelectMany(eta => new[] { (0, eta), (1, eta) })],
            Expected = p => start[p.I] - p.Eta * grad[p.I],
            Tolerance = 1e-9, // the update rule is graded, so a numeric gradient may pass
            Where = p => $"w[{p.I}]",
            What = "new w[i]",
            Wrong = (at, a) => $"Parameter {at}: start {MessageNumber.Text(start[a.Point.I])}, gradient {MessageNumber.Text(grad[a.Point.I])}, η = {MessageNumber.Text(a.Point.Eta)}: {Feedback.ExpectedGot(a.Expected, a.Got)}.",
            Mistakes =
            [
                new("You stepped uphill: subtract η·gradient.", p => start[p.I] + p.Eta * grad[p.I]),
                new("The learning rate is missing: multiply the gradient by η before subtracting.", p => start[p.I] - grad[p.I]),
                new("That is the gradient itself: the step is w[i] − η·grad[i].", p => grad[p.I]),
                new("η is applied twice: subtract η·grad[i] once.", p => start[p.I] - (p.Eta * p.Eta * grad[p.I])),
                new("The parameters did not move: subtract η times each one's gradient.", p => start[p.I]),
                new("That is only the step −η·∂loss/∂w; add it to the current w.", p => -p.Eta * grad[p.I]),
                new("Each parameter needs its own gradient entry: w[i] − η·grad[i], with the same i.", p => start[p.I] - p.Eta * grad[1 - p.I]),
            ],
            Fallback = "Get the gradient with Reverse.Grad(loss, w) (one backward pass), then w[i] − η·grad[i], with the η that is passed in (the check tries more than one).",
            Passed = "One backward pass gives every parameter's gradient; the step moves each against it. Training repeats this: that is backprop + gradient descent." + note,
        };
        return exercise.Grade(p => steps[Array.IndexOf(StepEtas, p.Eta)][p.I], gradientStep);
    }
}
