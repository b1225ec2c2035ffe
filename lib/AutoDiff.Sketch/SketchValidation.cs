namespace AutoDiff.Sketch;

/// <summary>
/// Checks that a sketch's lines agree with one another: every name defined once and known,
/// every edge from an operand to the node that uses it (an edge the other way round is named as
/// reversed), a local derivative on every edge, no cycle. Returns the nodes in evaluation order.
/// </summary>
internal static class SketchValidation
{
    public static List<SketchNode> Check(List<SketchNode> nodes, List<SketchEdge> edges)
    {
        var byName = new Dictionary<string, SketchNode>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (FormulaParser.Function(n.Name) is not null || n.Name is "pi" or "input")
                throw new SketchFormatException(n.Line, n.Name, $"{n.Name} is a function or keyword: name the node something else (s, u1, sq…).");
            if (!byName.TryAdd(n.Name, n))
                throw new SketchFormatException(n.Line, n.Name, $"{n.Name} is already defined on line {byName[n.Name].Line}: give every node its own name.");
        }
        if (!nodes.Exists(n => n.Kind == NodeKind.Operation))
            throw new SketchFormatException(0, "", "The sketch has no operation: add lines like sq = x^2 (one operation per line) and edges like x -> sq : 2x.");
        foreach (var n in nodes)
            foreach (var operand in n.OperandNodes)
                if (!byName.ContainsKey(operand))
                    throw new SketchFormatException(n.Line, operand, $"{operand} is not a node of the sketch: declare it ({operand}: input) or define it ({operand} = …).");
        foreach (var e in edges) CheckEdge(e, byName);
        foreach (var n in nodes)
            foreach (var operand in n.OperandNodes.Where(o => byName[o].Kind != NodeKind.Constant))
                if (!edges.Exists(e => e.From == operand && e.To == n.Name))
                    throw new SketchFormatException(n.Line, operand,
                        $"{n.Name} = {n.Definition} uses {operand}, but no line gives the local derivative on the edge {operand} -> {n.Name}: add '{operand} -> {n.Name} : …' (∂{n.Name}/∂{operand} as a formula).");
        return Order(nodes, byName);
    }

    private static void CheckEdge(SketchEdge e, Dictionary<string, SketchNode> byName)
    {
        foreach (var end in new[] { e.From, e.To })
            if (!byName.ContainsKey(end))
                throw new SketchFormatException(e.Line, end, $"{end} is not a node of the sketch: define it first ({end} = … or {end}: input).");
        var to = byName[e.To];
        var from = byName[e.From];
        if (!to.OperandNodes.Contains(e.From))
        {
            if (from.OperandNodes.Contains(e.To))
                throw new SketchFormatException(e.Line, "->",
                    $"the edge {e.From} -> {e.To} runs backwards: {e.From} = {from.Definition} is computed from {e.To}, so the arrow goes from {e.To} to {e.From} (values flow from operands to results). Write '{e.To} -> {e.From} : …' with ∂{e.From}/∂{e.To}.");
            throw new SketchFormatException(e.Line, e.To, to.Kind == NodeKind.Input
                ? $"{e.To} is an input: no edge goes into an input. An edge runs from an operand to the node that uses it."
                : $"{e.To} = {to.Definition} does not use {e.From}: remove this edge, or use {e.From} in the definition of {e.To}.");
        }
        foreach (var name in e.Formula.Names())
            if (!byName.ContainsKey(name))
                throw new SketchFormatException(e.Line, name, name.Length > 1 && name.All(char.IsLetter) && name.All(c => byName.ContainsKey(c.ToString()))
                    ? $"{name} is not a node: for a product write {string.Join(" * ", name.Select(c => c.ToString()))}."
                    : $"{name} is not a node of the sketch: a local derivative is a formula in node names and numbers.");
    }

    // Kahn's algorithm in line order: deterministic, and a cycle is named by the nodes left over.
    private static List<SketchNode> Order(List<SketchNode> nodes, Dictionary<string, SketchNode> byName)
    {
        var ordered = new List<SketchNode>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < nodes.Count)
        {
            var ready = nodes.FirstOrDefault(n => !done.Contains(n.Name) && n.OperandNodes.All(done.Contains));
            if (ready is null)
            {
                var stuck = nodes.Where(n => !done.Contains(n.Name)).ToList();
                throw new SketchFormatException(stuck[0].Line, stuck[0].Name,
                    $"{string.Join(", ", stuck.Select(n => n.Name))} are defined in a circle: each uses another. A graph of f has no cycle: every node is computed from nodes before it.");
            }
            ordered.Add(ready);
            done.Add(ready.Name);
        }
        return ordered;
    }
}
