using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.2: <paramref name="g"/> must build g(x, y) = (x + y)·y from its two traced
    /// inputs, so that its graph has the inputs x and y, one + node and one × node, with y feeding
    /// both operations. Checked at (x, y) = (1.3, 2.7): g = 10.8, ∂g/∂x = y = 2.7, ∂g/∂y = x + 2y = 6.7
    /// (values nobody types as a literal, so a constant with y's value means y.Primal).
    /// </summary>
    public static CheckResult GraphNodes(Func<Value, Value, Value>? g) =>
        Attempt.Grade(ExerciseCatalogue.GraphNodes.Id, g, GradeGraphNodes);

    private readonly record struct GraphNodesPoint(double X, double Y);

    private static readonly GraphNodesPoint GraphNodesAt = new(1.3, 2.7);

    private static double GraphNodesValue(GraphNodesPoint p) => (p.X + p.Y) * p.Y;

    /// <summary>Values of g that name one slip in building (x + y)·y.</summary>
    private static readonly Mistake<GraphNodesPoint>[] GraphNodesMistakes =
    [
        new("Operator precedence: x + y * y computes x + y². Write (x + y) * y.", p => p.X + p.Y * p.Y),
        new("That is only x + y: multiply the sum by y.", p => p.X + p.Y),
        new("The sum is multiplied by x: g multiplies it by y.", p => (p.X + p.Y) * p.X),
    ];

    private static CheckResult GradeGraphNodes(Func<Value, Value, Value> g)
    {
        string id = ExerciseCatalogue.GraphNodes.Id;
        var tape = new Tape();
        var x = tape.Variable(GraphNodesAt.X, "x");
        var y = tape.Variable(GraphNodesAt.Y, "y");
        var output = g(x, y);
        if (!output.IsTraced || !ReferenceEquals(output.Tape, tape))
            return CheckResult.Fail(id, "Your g returned a value that is not on the tape of x and y.",
                "Compute the result from the parameters x and y (e.g. (x + y) * y); do not create a new tape or a constant.");
        if (!double.IsFinite(output.Primal))
            return CheckResult.Fail(id, $"At x = 1.3, y = 2.7 your g = {MessageNumber.Text(output.Primal)}, which is not finite: never correct.", "Build exactly (x + y) * y from the two inputs.");
        if (Feedback.HiddenVariable(p => LearnerFunction.TraceAt(g, p), [GraphNodesAt.X, GraphNodesAt.Y], "x", "y") is { } hidden) return CheckResult.Fail(id, hidden.Message, hidden.Hint);
        var answer = new Answer<GraphNodesPoint>(GraphNodesAt, output.Primal, GraphNodesValue(GraphNodesAt));
        if (!Attempt.Close(answer.Got, answer.Expected))
            return CheckResult.Fail(id, $"At x = 1.3, y = 2.7 your g = {MessageNumber.Text(answer.Got)}, expected (x + y)·y = {MessageNumber.Text(answer.Expected)}.",
                Diagnosis.Match([answer], GraphNodesMistakes) ?? "Build exactly (x + y) * y.");

        var graph = output.ToGraph();
        var ops = graph.Nodes.Where(n => n.Kind is NodeKind.Operation or NodeKind.Output).Select(n => n.Symbol).ToList();
        int adds = graph.Nodes.Count(n => n.Op == Op.Add), muls = graph.Nodes.Count(n => n.Op == Op.Mul);
        if (adds != 1 || muls != 1 || ops.Count != 2)
            return CheckResult.Fail(id, $"The value is right, but your graph has the operation nodes [{string.Join(", ", ops)}]; (x + y)·y needs exactly one + and one ×.",
                "Same number, different graph: write (x + y) * y, not an expanded form such as x*y + y*y.");

        if (Feedback.BackwardAlreadyRan(id, output, x, y) is { } ranBackward) return ranBackward;
        output.Backward();
        if (!Attempt.Close(x.Adjoint, 2.7) || !Attempt.Close(y.Adjoint, 6.7))
            return CheckResult.Fail(id, $"Gradient: ∂g/∂x = {MessageNumber.Text(x.Adjoint)}, ∂g/∂y = {MessageNumber.Text(y.Adjoint)}; expected 2.7 and 6.7.",
                "Use only the inputs x and y (no constants that hide a variable).");
        int yUses = graph.Edges.Count(e => e.Parent == y.Index);
        return CheckResult.Pass(id,
            $"{graph.Nodes.Count} nodes: inputs x and y, the + node and the × node (the output). " +
            $"y feeds {yUses} nodes, so its adjoint is the sum of {yUses} paths: ∂g/∂y = (x + y) + y = 6.7.");
    }
}
