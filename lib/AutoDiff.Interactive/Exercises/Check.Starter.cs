using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// Exercise checks. Each takes the learner's function, compares it with an independent truth
/// (the library's reverse mode, an analytic derivative or a formula evaluated here), and returns
/// a <see cref="CheckResult"/>; none ever throws.
/// </summary>
public static partial class Check
{
    // Exact derivatives agree to rounding (a few ulps, ~1e-15 relative); even the best finite
    // difference is off by ~1e-10, so 1e-12 tells "derivative rules" from "an approximation".
    private const double ExactTolerance = 1e-12;

    /// <summary>
    /// Exercise 1.2.40.2: <paramref name="g"/> must build g(x, y) = (x + y)·y from its two traced
    /// inputs, so that its graph has the inputs x and y, one + node and one × node, with y feeding
    /// both operations. Checked at (x, y) = (1.5, 2): g = 7, ∂g/∂x = y = 2, ∂g/∂y = x + 2y = 5.5.
    /// </summary>
    public static CheckResult GraphNodes(Func<Value, Value, Value>? g) =>
        Attempt.Grade(ExerciseCatalogue.GraphNodes.Id, g, GradeGraphNodes);

    /// <summary>
    /// Exercise 1.2.40.3: <paramref name="centralDifference"/>(f, x, h) must return the central
    /// difference (f(x + h) − f(x − h)) / (2h), whose error shrinks like h².
    /// </summary>
    public static CheckResult CentralDifference(Func<Func<double, double>, double, double, double>? centralDifference) =>
        Attempt.Grade(ExerciseCatalogue.CentralDifference.Id, centralDifference, GradeCentralDifference);

    private static CheckResult GradeGraphNodes(Func<Value, Value, Value> g)
    {
        string id = ExerciseCatalogue.GraphNodes.Id;
        var tape = new Tape();
        var x = tape.Variable(1.5, "x");
        var y = tape.Variable(2, "y");
        var output = g(x, y);
        if (!output.IsTraced || !ReferenceEquals(output.Tape, tape))
            return CheckResult.Fail(id, "Your g returned a value that is not on the tape of x and y.",
                "Compute the result from the parameters x and y (e.g. (x + y) * y); do not create a new tape or a constant.");
        if (!Attempt.Close(output.Primal, 7))
            return CheckResult.Fail(id, $"At x = 1.5, y = 2 your g = {Attempt.N(output.Primal)}, expected (x + y)·y = 7.",
                Attempt.Close(output.Primal, 1.5 + 2 * 2) ? "Operator precedence: x + y * y computes x + y². Write (x + y) * y."
                : Attempt.Close(output.Primal, 1.5 + 2) ? "That is only x + y: multiply the sum by y."
                : "Build exactly (x + y) * y.");

        var graph = output.ToGraph();
        var ops = graph.Nodes.Where(n => n.Kind is NodeKind.Operation or NodeKind.Output).Select(n => n.Symbol).ToList();
        int adds = graph.Nodes.Count(n => n.Op == Op.Add), muls = graph.Nodes.Count(n => n.Op == Op.Mul);
        if (adds != 1 || muls != 1 || ops.Count != 2)
            return CheckResult.Fail(id, $"The value is right, but your graph has the operation nodes [{string.Join(", ", ops)}]; (x + y)·y needs exactly one + and one ×.",
                "Same number, different graph: write (x + y) * y, not an expanded form such as x*y + y*y.");

        if (Feedback.BackwardAlreadyRan(id, output, x, y) is { } ranBackward) return ranBackward;
        output.Backward();
        if (!Attempt.Close(x.Adjoint, 2) || !Attempt.Close(y.Adjoint, 5.5))
            return CheckResult.Fail(id, $"Gradient: ∂g/∂x = {Attempt.N(x.Adjoint)}, ∂g/∂y = {Attempt.N(y.Adjoint)}; expected 2 and 5.5.",
                "Use only the inputs x and y (no constants that hide a variable).");
        int yUses = graph.Edges.Count(e => e.Parent == y.Index);
        return CheckResult.Pass(id,
            $"{graph.Nodes.Count} nodes: inputs x and y, the + node and the × node (the output). " +
            $"y feeds {yUses} nodes, so its adjoint is the sum of {yUses} paths: ∂g/∂y = (x + y) + y = 5.5.");
    }

    private static CheckResult GradeCentralDifference(Func<Func<double, double>, double, double, double> centralDifference)
    {
        string id = ExerciseCatalogue.CentralDifference.Id;
        // Each case carries the exact f′, only to recognise an answer that ignores the given h.
        (string Name, Func<double, double> F, Func<double, double> Exact, double X, double H)[] cases =
        [
            ("sin", Math.Sin, Math.Cos, 1.0, 1e-3),
            ("x³", t => t * t * t, t => 3 * t * t, 2.0, 0.1),
            ("eˣ", Math.Exp, Math.Exp, -0.5, 0.25),
        ];
        foreach (var (name, f, exact, x, h) in cases)
        {
            double got = centralDifference(f, x, h);
            double expected = (f(x + h) - f(x - h)) / (2 * h);
            if (Attempt.Close(got, expected, 1e-10)) continue;
            string hint = Feedback.NotFinite(got, "(f(x + h) − f(x − h)) / (2 * h)")
                ?? (Attempt.Close(got, exact(x), 1e-6) ? $"Your value is close to the true f′ but not to the central difference with h = {Attempt.N(h)}: use the step h that is passed in, not a fixed step of your own."
                : DiagnoseDifference(f, x, h, got));
            return CheckResult.Fail(id, $"For f = {name}, x = {Attempt.N(x)}, h = {Attempt.N(h)}: {Feedback.ExpectedGot(expected, got)}.", hint);
        }
        return CheckResult.Pass(id,
            "Central difference matches (f(x + h) − f(x − h)) / 2h. Its error is O(h²) from truncation plus O(ε/h) from round-off; " +
            "autodiff has neither (see the chart below).");
    }

    private static string DiagnoseDifference(Func<double, double> f, double x, double h, double got)
    {
        if (Attempt.Close(got, (f(x + h) - f(x)) / h, 1e-10)) return "That is the forward difference (f(x + h) − f(x)) / h: step to both sides, x − h and x + h.";
        if (Attempt.Close(got, (f(x) - f(x - h)) / h, 1e-10)) return "That is the backward difference: step to both sides, x − h and x + h.";
        if (Attempt.Close(got, (f(x + h) - f(x - h)) / h, 1e-10)) return "Twice the expected value: the two points are 2h apart, so divide by 2h.";
        if (Attempt.Close(got, (f(x + h) - f(x - h)) / 2 * h, 1e-10)) return "Operator precedence: write / (2 * h), not / 2 * h.";
        if (Attempt.Close(got, (f(x - h) - f(x + h)) / (2 * h), 1e-10)) return "Sign error: subtract f(x − h) from f(x + h), not the other way round.";
        if (Attempt.Close(got, f(x), 1e-10)) return "That is f(x) itself: return the difference quotient (f(x + h) − f(x − h)) / (2 * h).";
        if (Attempt.Close(got, f(x + h) - f(x - h), 1e-10)) return "You subtracted but did not divide: divide by 2h.";
        return "Evaluate f at x + h and at x − h, subtract, and divide by 2h.";
    }
}
