using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Mini-project: <paramref name="dfdx"/> and <paramref name="dfdy"/> must be the analytic
    /// partials of f(x, y) = x²y + sin x: ∂f/∂x = 2xy + cos x and ∂f/∂y = x². They are compared
    /// with the adjoints of the nodes x and y in the learner's traced graph <paramref name="f"/>
    /// (after <c>f.Backward()</c>), then at more points on fresh tapes. A wrong answer names the
    /// path of the graph that the formula leaves out.
    /// </summary>
    public static CheckResult MiniProjectPartials(Func<double, double, double>? dfdx, Func<double, double, double>? dfdy, Value f)
    {
        string id = ExerciseCatalogue.MiniProject.Id;
        if (!f.IsTraced) return Attempts.Stamp(CheckResult.Pending(id, "The graph f is not built yet. " + Attempt.RunCellsAbove));
        if (dfdx is null || dfdy is null) return Attempts.Stamp(CheckResult.Pending(id, Attempt.RunCellsAbove));
        return Attempt.Grade(id, dfdx, _ => GradePartials(dfdx, dfdy, f));
    }

    private static CheckResult GradePartials(Func<double, double, double> dfdx, Func<double, double, double> dfdy, Value f)
    {
        string id = ExerciseCatalogue.MiniProject.Id;
        var graph = f.ToGraph();
        var x = graph.Nodes.FirstOrDefault(n => n is { Kind: NodeKind.Input, Label: "x" });
        var y = graph.Nodes.FirstOrDefault(n => n is { Kind: NodeKind.Input, Label: "y" });
        if (x is null || y is null)
            return CheckResult.Fail(id, "The graph has no inputs labelled x and y.", "Build them with tape.Variable(2, \"x\") and tape.Variable(3, \"y\"), then run the cells above again.");
        if (x.Adjoint == 0 && y.Adjoint == 0)
            return CheckResult.Pending(id, "The graph has no gradients yet: run the cell that calls f.Backward(), then this check.");

        var fresh = Retrace(x.Primal, y.Primal);
        double times = x.Adjoint / fresh.Item3.Node(fresh.Item4).Adjoint;
        if (times >= 1.5 && Attempt.Close(times, Math.Round(times), 1e-9) && Attempt.Close(y.Adjoint, times * fresh.Item3.Node(fresh.Item5).Adjoint, 1e-9))
            return CheckResult.Pending(id, $"f.Backward() has run {Math.Round(times)} times on this tape, and adjoints add up (as in PyTorch). Run the cell that builds f once more, then this check.");

        var points = new List<(double X, double Y, ComputationGraph Graph, int XId, int YId)> { (x.Primal, y.Primal, graph, x.Id, y.Id) };
        foreach (var (px, py) in new[] { (-1.1, 0.4), (0.6, -2.5) }) points.Add(Retrace(px, py));
        foreach (var p in points)
        {
            double gotX = dfdx(p.X, p.Y), gotY = dfdy(p.X, p.Y);
            double adjX = p.Graph.Node(p.XId).Adjoint, adjY = p.Graph.Node(p.YId).Adjoint;
            string at = $"(x, y) = ({Attempt.N(p.X)}, {Attempt.N(p.Y)})";
            if (!Attempt.Close(gotX, adjX, ExactTolerance))
                return CheckResult.Fail(id, $"At {at} your ∂f/∂x = {Feedback.N(gotX, adjX)}, but the adjoint of node x in the graph is {Feedback.N(adjX, gotX)}.",
                    PartialHint(p.Graph, p.XId, gotX, "∂f/∂x", otherPartial: adjY, "∂f/∂y"));
            if (!Attempt.Close(gotY, adjY, ExactTolerance))
                return CheckResult.Fail(id, $"At {at} your ∂f/∂y = {Feedback.N(gotY, adjY)}, but the adjoint of node y in the graph is {Feedback.N(adjY, gotY)}.",
                    PartialHint(p.Graph, p.YId, gotY, "∂f/∂y", otherPartial: adjX, "∂f/∂x"));
        }
        return CheckResult.Pass(id,
            $"∂f/∂x = 2xy + cos x = {Attempt.N(x.Adjoint)} and ∂f/∂y = x² = {Attempt.N(y.Adjoint)} at (2, 3) agree with the graph's adjoints (and at two more points). " +
            "x has two paths to f (through x² and through sin x), so its adjoint is a sum of two terms.");
    }

    private static string PartialHint(ComputationGraph graph, int inputId, double got, string name, double otherPartial, string otherName)
    {
        double expected = graph.Node(inputId).Adjoint;
        double output = graph.Nodes.First(n => n.Kind == NodeKind.Output).Primal;
        return Feedback.Common(got, expected, name)
            ?? (Attempt.Close(got, otherPartial) && !Attempt.Close(expected, otherPartial) ? $"That is {otherName}: are DfDx and DfDy swapped?"
            : Attempt.Close(got, output) ? $"That is f itself: return the partial derivative {name}."
            : PathHints.MissingPaths(graph, inputId, got));
    }

    private static (double, double, ComputationGraph, int, int) Retrace(double px, double py)
    {
        var tape = new Tape();
        var x = tape.Variable(px, "x");
        var y = tape.Variable(py, "y");
        var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
        f.Backward();
        return (px, py, f.ToGraph(), x.Index, y.Index);
    }
}
