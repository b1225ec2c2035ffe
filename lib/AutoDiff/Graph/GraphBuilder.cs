namespace AutoDiff;

/// <summary>Extracts the part of a tape that leads to one output as a <see cref="ComputationGraph"/>.</summary>
internal static class GraphBuilder
{
    public static ComputationGraph Build(Tape tape, int output)
    {
        var needed = tape.DependenciesOf(output);
        var names = new Dictionary<int, string>();
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        for (int i = 0; i <= output; i++)
        {
            if (!needed[i]) continue;
            var e = tape[i];
            var info = Primitives.Of(e.Op);
            var node = Node(tape, i, info, output, names);
            names[i] = node.Expression;
            nodes.Add(node);
            if (e.IsFused) AddFusedEdges(tape, i, info, edges);
            if (e.A >= 0) edges.Add(new GraphEdge(e.A, i, 0, e.PartialA, Rule(node, 0, e, names)));
            // A parameter (a constant exponent) is not something we differentiate by: no edge.
            if (e.B >= 0 && !info.OperandBIsParameter) edges.Add(new GraphEdge(e.B, i, 1, e.PartialB, Rule(node, 1, e, names)));
        }
        DropUnusedParameters(nodes, edges, output);
        return new ComputationGraph(nodes, edges, output);
    }

    private static GraphNode Node(Tape tape, int i, Primitive info, int output, Dictionary<int, string> names)
    {
        var e = tape[i];
        string symbol = e.Op == Op.Custom ? tape.CustomNameOf(i) ?? info.Symbol : info.Symbol;
        var kind = i == output ? NodeKind.Output
            : e.Op == Op.Input ? NodeKind.Input
            : e.Op == Op.Constant ? NodeKind.Constant
            : NodeKind.Operation;
        string? label = tape.LabelOf(i);
        bool aIsName = e.A >= 0 && (tape[e.A].A < 0 || tape.LabelOf(e.A) is not null);
        // A fused node is written as its symbol applied to all its operands, e.g. Σa²(x, y).
        string a = e.IsFused ? string.Join(", ", tape.OperandsOf(i).Select(k => names[k])) : e.A >= 0 ? names[e.A] : "";
        string expression = label ?? Expression.Name(e.Op, info.Form, symbol,
            a, e.B >= 0 ? names[e.B] : "", e.Primal, i, aIsName);
        return new GraphNode(i, e.Op, symbol, label, e.Primal, tape.AdjointOf(i), kind, expression)
        {
            Parameter = info.OperandBIsParameter && e.B >= 0 ? tape[e.B].Primal : null,
        };
    }

    // The partial of an edge in words with the operands' names put in ("cos x", "2x"); a custom
    // primitive's f′(a) is named after it (tanh3′(x)).
    private static string Rule(GraphNode node, int operand, TapeEntry e, Dictionary<int, string> names)
    {
        string a = names[e.A], b = e.B >= 0 ? names[e.B] : "";
        if (e.Op == Op.Custom) return $"{node.Symbol}′({a})";
        return RuleText.Partial(e.Op, operand, a, b, node.Parameter ?? double.NaN) ?? "";
    }

    // One edge per operand, numbered k = 0 … n − 1, with ∂r/∂aₖ from the rule and in words.
    private static void AddFusedEdges(Tape tape, int i, Primitive info, List<GraphEdge> edges)
    {
        var operands = tape.OperandsOf(i);
        var partials = tape.FusedPartials(i);
        for (int k = 0; k < operands.Length; k++)
            edges.Add(new GraphEdge(operands[k], i, k, partials[k], info.PartialName(k, operands.Length)));
    }

    // Parameters (constant exponents) have no edge (see Build), so the drawing shows x² as one node.
    private static void DropUnusedParameters(List<GraphNode> nodes, List<GraphEdge> edges, int output)
    {
        if (!nodes.Exists(n => Primitives.Of(n.Op).OperandBIsParameter)) return;
        var used = new HashSet<int>(edges.Select(e => e.Parent)) { output };
        nodes.RemoveAll(n => n.Kind == NodeKind.Constant && !used.Contains(n.Id));
    }
}
