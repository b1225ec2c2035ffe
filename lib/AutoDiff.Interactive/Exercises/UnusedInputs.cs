namespace AutoDiff.Interactive;

/// <summary>
/// Finds the inputs a learner's f(x, y) does not really use: an input with no path to the output
/// (not in the traced graph), or one whose partial derivative is exactly 0 at every check point
/// (y − y, 0·y: it enters the graph, but every path from it cancels). A "function of x and y" that
/// ignores an input passes a gradient check (0 = 0), so the check must look for this itself.
/// </summary>
internal static class UnusedInputs
{
    private static readonly string[] Names = ["x", "y"];

    /// <summary>The message and hint naming every unused input of <paramref name="f"/> at
    /// <paramref name="points"/>, or null when both inputs are used.</summary>
    internal static (string Message, string Hint)? Find(Func<Value, Value, Value> f, IReadOnlyList<(double X, double Y)> points)
    {
        var absent = new bool[] { true, true };
        var zero = new bool[] { true, true };
        foreach (var (px, py) in points)
        {
            var tape = new Tape();
            Value[] inputs = [tape.Variable(px, "x"), tape.Variable(py, "y")];
            var output = f(inputs[0], inputs[1]);
            if (!output.IsTraced || !ReferenceEquals(output.Tape, tape)) return null; // the caller names that mistake
            var graph = output.ToGraph();
            output.Backward();
            for (int i = 0; i < 2; i++)
            {
                absent[i] &= !graph.Nodes.Any(n => n.Kind == NodeKind.Input && n.Label == Names[i]);
                zero[i] &= inputs[i].Adjoint == 0;
            }
        }
        var unused = Enumerable.Range(0, 2).Where(i => zero[i]).ToList();
        if (unused.Count == 0) return null;
        string at = string.Join(", ", points.Select(p => $"({MessageNumber.Text(p.X)}, {MessageNumber.Text(p.Y)})"));
        string message = unused.Count == 2
            ? $"Your f does not depend on x or y: ∂f/∂x = ∂f/∂y = 0 at every check point ({at}); it is a constant."
            : string.Join(" ", unused.Select(i => absent[i]
                ? $"Your f never uses {Names[i]}: {Names[i]} is not in its graph, so ∂f/∂{Names[i]} = 0 everywhere."
                : $"∂f/∂{Names[i]} = 0 at every check point ({at}): {Names[i]} enters your graph, but every path from it cancels (like {Names[i]} − {Names[i]} or 0·{Names[i]})."));
        return (message,
            "The homework asks for a function of x and y: use both inputs so that each has a path to f that does not cancel, e.g. exp(x·y) + x/y; then its gradient has two partials worth checking.");
    }
}
