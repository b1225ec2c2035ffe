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
    /// both operations. Checked at (x, y) = (1.3, 2.7): g = 10.8, ∂g/∂x = y = 2.7, ∂g/∂y = x + 2y = 6.7
    /// (values nobody types as a literal, so a constant with y's value means y.Primal).
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
        var x = tape.Variable(1.3, "x");
        var y = tape.Variable(2.7, "y");
        var output = g(x, y);
        if (!output.IsTraced || !ReferenceEquals(output.Tape, tape))
            return CheckResult.Fail(id, "Your g returned a value that is not on the tape of x and y.",
                "Compute the result from the parameters x and y (e.g. (x + y) * y); do not create a new tape or a constant.");
        if (!double.IsFinite(output.Primal))
            return CheckResult.Fail(id, $"At x = 1.3, y = 2.7 your g = {Attempt.N(output.Primal)}, which is not finite: never correct.", "Build exactly (x + y) * y from the two inputs.");
        if (Feedback.HiddenVariable(p => TraceAt(g, p), [1.3, 2.7], "x", "y") is { } hidden) return CheckResult.Fail(id, hidden.Message, hidden.Hint);
        if (!Attempt.Close(output.Primal, 10.8))
            return CheckResult.Fail(id, $"At x = 1.3, y = 2.7 your g = {Attempt.N(output.Primal)}, expected (x + y)·y = 10.8.",
                Attempt.Close(output.Primal, 1.3 + 2.7 * 2.7) ? "Operator precedence: x + y * y computes x + y². Write (x + y) * y."
                : Attempt.Close(output.Primal, 1.3 + 2.7) ? "That is only x + y: multiply the sum by y."
                : Attempt.Close(output.Primal, (1.3 + 2.7) * 1.3) ? "The sum is multiplied by x: g multiplies it by y."
                : "Build exactly (x + y) * y.");

        var graph = output.ToGraph();
        var ops = graph.Nodes.Where(n => n.Kind is NodeKind.Operation or NodeKind.Output).Select(n => n.Symbol).ToList();
        int adds = graph.Nodes.Count(n => n.Op == Op.Add), muls = graph.Nodes.Count(n => n.Op == Op.Mul);
        if (adds != 1 || muls != 1 || ops.Count != 2)
            return CheckResult.Fail(id, $"The value is right, but your graph has the operation nodes [{string.Join(", ", ops)}]; (x + y)·y needs exactly one + and one ×.",
                "Same number, different graph: write (x + y) * y, not an expanded form such as x*y + y*y.");

        if (Feedback.BackwardAlreadyRan(id, output, x, y) is { } ranBackward) return ranBackward;
        output.Backward();
        if (!Attempt.Close(x.Adjoint, 2.7) || !Attempt.Close(y.Adjoint, 6.7))
            return CheckResult.Fail(id, $"Gradient: ∂g/∂x = {Attempt.N(x.Adjoint)}, ∂g/∂y = {Attempt.N(y.Adjoint)}; expected 2.7 and 6.7.",
                "Use only the inputs x and y (no constants that hide a variable).");
        int yUses = graph.Edges.Count(e => e.Parent == y.Index);
        return CheckResult.Pass(id,
            $"{graph.Nodes.Count} nodes: inputs x and y, the + node and the × node (the output). " +
            $"y feeds {yUses} nodes, so its adjoint is the sum of {yUses} paths: ∂g/∂y = (x + y) + y = 6.7.");
    }

    // The learner's two-input function traced on a fresh tape at p.
    private static ComputationGraph TraceAt(Func<Value, Value, Value> g, double[] p)
    {
        var tape = new Tape();
        return g(tape.Variable(p[0], "x"), tape.Variable(p[1], "y")).ToGraph();
    }

    /// <summary>One case of the central-difference check: f, its exact derivative (only to recognise
    /// an answer that ignores the given h), the point and the step.</summary>
    private sealed record DifferenceCase(string Name, Func<double, double> F, Func<double, double> Exact, double X, double H)
    {
        public double Central => (F(X + H) - F(X - H)) / (2 * H);
    }

    // Three functions, points and steps: no mistake below gives the central difference's number
    // in all three, and no two mistakes give the same numbers.
    private static readonly DifferenceCase[] DifferenceCases =
    [
        new("sin", Math.Sin, Math.Cos, 1.0, 1e-3),
        new("x³", t => t * t * t, t => 3 * t * t, 2.0, 0.1),
        new("eˣ", Math.Exp, Math.Exp, -0.5, 0.25),
    ];

    private static readonly Mistake<DifferenceCase>[] DifferenceMistakes =
    [
        new("That is the forward difference (f(x + h) − f(x)) / h: step to both sides, x − h and x + h.", c => (c.F(c.X + c.H) - c.F(c.X)) / c.H, 1e-10),
        new("That is the backward difference (f(x) − f(x − h)) / h: step to both sides, x − h and x + h.", c => (c.F(c.X) - c.F(c.X - c.H)) / c.H, 1e-10),
        new("Twice the expected value: the two points are 2h apart, so divide by 2h.", c => (c.F(c.X + c.H) - c.F(c.X - c.H)) / c.H, 1e-10),
        new("Operator precedence: / 2 * h divides by 2 and then multiplies by h; write / (2 * h).", c => (c.F(c.X + c.H) - c.F(c.X - c.H)) / 2 * c.H, 1e-10),
        new("Sign error: subtract f(x − h) from f(x + h), not the other way round.", c => (c.F(c.X - c.H) - c.F(c.X + c.H)) / (2 * c.H), 1e-10),
        new("That is f(x) itself: return the difference quotient.", c => c.F(c.X), 1e-10),
        new("You subtracted but did not divide: divide the difference by the distance between the two points.", c => c.F(c.X + c.H) - c.F(c.X - c.H), 1e-10),
        new("Your value is close to the true f′ but not to the central difference with the h that is passed in: use that h, not a fixed step of your own.", c => c.Exact(c.X), 1e-6),
        new("Your answer is 0 for every f. In C#, 1 / 2 is integer division and gives 0: write 1.0 / 2, 0.5 or / (2 * h).", _ => 0, 1e-10),
    ];

    private static CheckResult GradeCentralDifference(Func<Func<double, double>, double, double, double> centralDifference)
    {
        string id = ExerciseCatalogue.CentralDifference.Id;
        var answers = DifferenceCases.Select(c => new Answer<DifferenceCase>(c, centralDifference(c.F, c.X, c.H), c.Central)).ToList();
        static string At(DifferenceCase c) => $"f = {c.Name}, x = {Attempt.N(c.X)}, h = {Attempt.N(c.H)}";
        if (Diagnosis.NotFinite(id, answers, At, "central difference") is { } notFinite) return notFinite;
        if (Diagnosis.AllRight(answers, 1e-10))
            return CheckResult.Pass(id,
                "Central difference matches (f(x + h) − f(x − h)) / 2h. Its error is O(h²) from truncation plus O(ε/h) from round-off; " +
                "autodiff has neither (see the chart below).");
        var wrong = answers.First(a => !Attempt.Close(a.Got, a.Expected, 1e-10));
        string hint = Diagnosis.Match(answers, DifferenceMistakes) ?? "Evaluate f at x + h and at x − h, subtract, and divide by the distance between the two points.";
        return CheckResult.Fail(id, $"For {At(wrong.Point)}: {Feedback.ExpectedGot(wrong.Expected, wrong.Got)}.", hint);
    }
}
