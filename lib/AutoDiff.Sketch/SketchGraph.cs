namespace AutoDiff.Sketch;

/// <summary>A sketch as a <see cref="ComputationGraph"/> (node ids in evaluation order), so that
/// it draws and exports exactly as a traced graph does.</summary>
internal static class SketchGraph
{
    public static ComputationGraph Build(GraphSketch sketch, Func<string, double> value, Func<string, double> adjoint, Func<SketchEdge, double> derivative)
    {
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        foreach (var n in sketch.Nodes)
        {
            id[n.Name] = nodes.Count;
            nodes.Add(new GraphNode(nodes.Count, n.Op, Primitives.Of(n.Op).Symbol, n.Name, value(n.Name), adjoint(n.Name), n.Kind,
                n.Kind == NodeKind.Input ? n.Name : n.Definition));
            var operands = n.Operands.Select(o => o.Node).ToList();
            foreach (var e in sketch.Edges.Where(e => e.To == n.Name))
                edges.Add(new GraphEdge(id[e.From], id[n.Name], operands.IndexOf(e.From), derivative(e), e.Derivative));
            // A named constant needs no local derivative, but its edge is still drawn.
            foreach (var c in n.OperandNodes.Where(o => sketch.Node(o).Kind == NodeKind.Constant && !sketch.Edges.Any(e => e.From == o && e.To == n.Name)))
                edges.Add(new GraphEdge(id[c], id[n.Name], operands.IndexOf(c), double.NaN, ""));
        }
        return new ComputationGraph(nodes, edges, id[sketch.Output.Name]);
    }
}
