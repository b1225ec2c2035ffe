using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>The point where the homework function is traced and checked.</summary>
    public static (double X, double Y) HomeworkPoint => (1.3, 0.7);

    // Where "is it the mini-project's f?" is asked: three points so that no other function agrees by chance.
    private static readonly (double X, double Y)[] OwnFunctionPoints = [(1.3, 0.7), (-0.4, 2.2), (0.9, -1.6)];

    /// <summary>
    /// Homework ("draw a computation graph for another function"): <paramref name="myFunction"/> is
    /// the learner's own f(x, y), not the mini-project's x²y + sin x, built from its traced inputs
    /// with at least three operations and using both inputs (a partial that is 0 at every check point,
    /// or an input not in the graph, is named). It is traced at <see cref="HomeworkPoint"/>, its reverse-mode
    /// gradient is compared with central differences (the library's <see cref="GradCheck"/>), and on
    /// success the result carries the drawn graph.
    /// </summary>
    /// <param name="myFunction">The learner's function.</param>
    /// <param name="drawGraph">Renders the traced graph as HTML for the feedback (default: the inline SVG graph).</param>
    public static CheckResult Homework(Func<Value, Value, Value>? myFunction, Func<ComputationGraph, string>? drawGraph = null) =>
        Attempt.Grade(ExerciseCatalogue.Homework.Id, myFunction, f => GradeHomework(f, drawGraph ?? (g => AutoDiff.Visuals.GraphSvg.RenderHtml(g))));

    private static CheckResult GradeHomework(Func<Value, Value, Value> myFunction, Func<ComputationGraph, string> drawGraph)
    {
        string id = ExerciseCatalogue.Homework.Id;
        var (px, py) = HomeworkPoint;
        string at = $"({MessageNumber.Text(px)}, {MessageNumber.Text(py)})";
        var tape = new Tape();
        var x = tape.Variable(px, "x");
        var y = tape.Variable(py, "y");
        var output = myFunction(x, y);
        if (!output.IsTraced)
            return CheckResult.Fail(id, $"Your function returned the constant {MessageNumber.Text(output.Primal)}: it uses neither x nor y, so it has no graph to draw.",
                "The homework asks for a function of x and y: compute the result from both parameters, e.g. exp(x·y) + x/y.");
        if (!ReferenceEquals(output.Tape, tape))
            return CheckResult.Fail(id, "Your function returned a value that is not on the tape of x and y.", "Compute the result from the parameters x and y; do not make a new tape.");
        var graph = output.ToGraph();
        if (!double.IsFinite(output.Primal))
            return CheckResult.Fail(id, $"f{at} = {MessageNumber.Text(output.Primal)} is not finite: f is not defined at the check point, so nothing there can be correct.",
                "Avoid log of a negative number, division by zero and the like at this point.");
        if (Feedback.HiddenVariable(p => LearnerFunction.TraceAt(myFunction, p), [px, py], "x", "y") is { } hidden) return CheckResult.Fail(id, hidden.Message, hidden.Hint);
        if (LearnerFunction.Same(p => LearnerFunction.PrimalAt(myFunction, p.X, p.Y), p => LessonFunctions.FValue(p.X, p.Y), OwnFunctionPoints))
            return CheckResult.Fail(id, "That is the mini-project's f(x, y) = x²y + sin x, which the lesson already drew for you.",
                "The homework asks for another function: choose your own, e.g. exp(x·y) + x/y, and sketch its graph before you run it.");
        if (UnusedInputs.Find(myFunction, OwnFunctionPoints) is { } unused) return CheckResult.Fail(id, unused.Message, unused.Hint);
        int operations = LearnerFunction.Operations(graph);
        if (operations < 3)
            return CheckResult.Fail(id, $"Your graph has {operations} operation(s) that do more than scale or shift by a constant; the homework asks for at least 3.",
                "Combine more operations, e.g. exp(x·y) + x/y.");

        if (Feedback.BackwardAlreadyRan(id, output, x, y) is { } ranBackward) return ranBackward;
        output.Backward();
        graph = output.ToGraph(); // again, now with the adjoints to draw
        foreach (var (input, name) in new[] { (x, "x"), (y, "y") })
        {
            if (!double.IsFinite(input.Adjoint))
                return CheckResult.Fail(id, $"∂f/∂{name} = {MessageNumber.Text(input.Adjoint)} at {at}: a derivative that is not finite is never correct.",
                    LearnerFunction.NonFiniteSlope(input.Adjoint, at)) with { DrawFigure = () => drawGraph(graph) };
        }
        string? kink = Smoothness.KinkHint(a => LearnerFunction.PrimalAt(myFunction, a, py), px, $"{at} along x")
            ?? Smoothness.KinkHint(b => LearnerFunction.PrimalAt(myFunction, px, b), py, $"{at} along y");
        if (kink is not null)
            return CheckResult.Fail(id, $"f is not differentiable at {at}, so no gradient check can pass there.", kink)
                with { DrawFigure = () => drawGraph(graph) };
        if (LearnerFunction.FirstDisagreement(v => myFunction(v[0], v[1]), px, py) is { } wrong)
            return CheckResult.Fail(id, $"Gradient check failed for ∂f/∂{(wrong.Input == 0 ? "x" : "y")}: autodiff {MessageNumber.Text(wrong.Analytic)}, central difference {MessageNumber.Text(wrong.Numeric)}.",
                $"Is your function smooth at {at}? Kinks (abs, relu, max) or a custom primitive with a wrong derivative break the check.")
                with { DrawFigure = () => drawGraph(graph) };
        return CheckResult.Pass(id,
            $"{graph.Nodes.Count} nodes, {operations} operations; f = {MessageNumber.Text(output.Primal)}, ∇f = ({MessageNumber.Text(x.Adjoint)}, {MessageNumber.Text(y.Adjoint)}) " +
            "agrees with central differences. Your graph:") with { DrawFigure = () => drawGraph(graph) };
    }
}
