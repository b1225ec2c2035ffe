namespace AutoDiff.Interactive;

/// <summary>
/// What the homework and the challenge need to know about a function the learner chose: how many
/// operations it really has, whether it is one the lesson already worked through, and what an
/// infinite or undefined derivative means.
/// </summary>
internal static class LearnerFunction
{
    /// <summary>Operation nodes that do more than scale or shift by a constant (x·2 + 1 has none: it
    /// is one affine map with a constant slope, nothing to explain with the chain rule).</summary>
    internal static int Operations(ComputationGraph graph)
    {
        var parents = graph.Edges.ToLookup(e => e.Child);
        return graph.Nodes.Count(n => n.Kind is NodeKind.Operation or NodeKind.Output && n.Op is not (Op.Input or Op.Constant) && !IsAffine(graph, n, parents[n.Id]));
    }

    /// <summary>True when <paramref name="f"/> agrees with <paramref name="lessons"/> at every one of
    /// <paramref name="points"/> (to rounding).</summary>
    internal static bool Same<TPoint>(Func<TPoint, double> f, Func<TPoint, double> lessons, IEnumerable<TPoint> points) =>
        points.All(p => f(p) is var value && double.IsFinite(value) && Attempt.Close(value, lessons(p), 1e-12));

    /// <summary>The learner's one-input function evaluated on a fresh tape of its own.</summary>
    internal static double PrimalAt(Func<Value, Value> f, double a) => f(new Tape().Variable(a, "x")).Primal;

    /// <summary>The learner's two-input function evaluated on a fresh tape of its own.</summary>
    internal static double PrimalAt(Func<Value, Value, Value> f, double a, double b)
    {
        var tape = new Tape();
        return f(tape.Variable(a, "x"), tape.Variable(b, "y")).Primal;
    }

    /// <summary>The learner's one-input function traced on a fresh tape at p[0].</summary>
    internal static ComputationGraph TraceAt(Func<Value, Value> f, double[] p) => f(new Tape().Variable(p[0], "x")).ToGraph();

    /// <summary>The learner's two-input function traced on a fresh tape at (p[0], p[1]).</summary>
    internal static ComputationGraph TraceAt(Func<Value, Value, Value> f, double[] p)
    {
        var tape = new Tape();
        return f(tape.Variable(p[0], "x"), tape.Variable(p[1], "y")).ToGraph();
    }

    /// <summary>
    /// The gradient check of a function the learner chose (homework, challenge): the library's
    /// <see cref="GradCheck"/> with central differences of step 10⁻⁵, an input passing when
    /// |autodiff − numeric| ≤ 10⁻⁵ + 10⁻⁴·|numeric|. The first input that disagrees, or null.
    /// </summary>
    internal static GradCheckEntry? FirstDisagreement(Func<Value[], Value> f, params double[] point) =>
        GradCheck.Check(f, point, eps: 1e-5, atol: 1e-5, rtol: 1e-4).Entries.Where(e => !e.Pass).Select(e => (GradCheckEntry?)e).FirstOrDefault();

    /// <summary>The hint for a derivative that is not finite at <paramref name="at"/>.</summary>
    internal static string NonFiniteSlope(double derivative, string at) => double.IsNaN(derivative)
        ? $"The derivative is NaN at {at}: some operation is undefined there (log or square root of a negative number, 0/0). Choose a function that is defined and smooth around {at}."
        : $"The slope is infinite at {at} (like √x at 0, where the tangent is vertical): there is no finite derivative. Choose a function whose slope is finite at {at}.";

    // + − × ÷ with exactly one constant operand only scales or shifts the other operand; negation too.
    private static bool IsAffine(ComputationGraph graph, GraphNode node, IEnumerable<GraphEdge> inEdges)
    {
        if (node.Op == Op.Neg) return true;
        if (node.Op is not (Op.Add or Op.Subtract or Op.Mul or Op.Div)) return false;
        var parents = inEdges.OrderBy(e => e.Operand).Select(e => graph.Node(e.Parent)).ToList();
        bool divisorIsVariable = node.Op == Op.Div && parents.Count == 2 && parents[1].Kind != NodeKind.Constant;
        return parents.Count(p => p.Kind == NodeKind.Constant) == 1 && !divisorIsVariable;
    }
}
