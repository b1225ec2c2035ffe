namespace AutoDiff;

/// <summary>Extracts the part of a tape that leads to one output as a <see cref="ComputationGraph"/>.</summary>
internal static class GraphBuilder
{
    public static ComputationGraph Build(Tape tape, int output)
    {
        var entries = tape.Entries;

        // Mark what the output depends on: one backward pass over the indices, no recursion.
        var needed = new bool[output + 1];
        needed[output] = true;
        for (int i = output; i >= 0; i--)
        {
            if (!needed[i]) continue;
            var e = entries[i];
            if (e.A >= 0) needed[e.A] = true;
            if (e.B >= 0) needed[e.B] = true;
        }

        var names = new Dictionary<int, string>();
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        for (int i = 0; i <= output; i++)
        {
            if (!needed[i]) continue;
            var e = entries[i];
            var info = Rules.Describe(e.Op);
            string symbol = e.Op == Op.Custom ? tape.CustomNameOf(i) ?? info.Symbol : info.Symbol;
            var kind = i == output ? NodeKind.Output
                : e.Op == Op.Input ? NodeKind.Input
                : e.Op == Op.Constant ? NodeKind.Constant
                : NodeKind.Operation;
            string? label = tape.LabelOf(i);
            string expression = label ?? Expression.Name(e.Op, symbol,
                e.A >= 0 ? names[e.A] : "", e.B >= 0 ? names[e.B] : "", e.Primal, i);
            names[i] = expression;
            nodes.Add(new GraphNode(i, e.Op, symbol, label, e.Primal, tape.AdjointOf(i), kind, expression));
            if (e.A >= 0) edges.Add(new GraphEdge(e.A, i, 0, e.PartialA, info.PartialA ?? ""));
            // A constant exponent is a parameter of the power, not something we differentiate by.
            if (e.B >= 0 && e.Op != Op.PowConst) edges.Add(new GraphEdge(e.B, i, 1, e.PartialB, info.PartialB ?? ""));
        }

        if (nodes.Exists(n => n.Op == Op.PowConst))
        {
            // Drop constant exponents that now have no edge, so the drawing shows x² as one node.
            var used = new HashSet<int>(edges.Select(e => e.Parent)) { output };
            nodes.RemoveAll(n => n.Kind == NodeKind.Constant && !used.Contains(n.Id));
        }
        return new ComputationGraph(nodes, edges, output);
    }
}
