namespace AutoDiff;

/// <summary>The size and shape of a graph in a few numbers.</summary>
/// <param name="NodeCount">Number of nodes.</param>
/// <param name="EdgeCount">Number of edges.</param>
/// <param name="InputCount">Number of input nodes.</param>
/// <param name="Depth">Longest path, in edges, from a leaf to the output.</param>
/// <param name="MaxWidth">Most nodes at one depth.</param>
/// <param name="OpCounts">How often each primitive occurs, most frequent first.</param>
public sealed record GraphSummary(int NodeCount, int EdgeCount, int InputCount, int Depth, int MaxWidth,
    IReadOnlyList<KeyValuePair<string, int>> OpCounts)
{
    /// <summary>The depth (longest path from a leaf, in edges) of every node, in node order.</summary>
    public static int[] Depths(ComputationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var position = new Dictionary<int, int>(graph.Nodes.Count);
        for (int i = 0; i < graph.Nodes.Count; i++) position[graph.Nodes[i].Id] = i;
        var depth = new int[graph.Nodes.Count];
        // Edges are ordered by child and parents precede children: one pass suffices.
        foreach (var e in graph.Edges)
        {
            int c = position[e.Child];
            depth[c] = Math.Max(depth[c], depth[position[e.Parent]] + 1);
        }
        return depth;
    }

    internal static GraphSummary Of(ComputationGraph graph)
    {
        var depth = Depths(graph);
        int maxDepth = depth.Length == 0 ? 0 : depth.Max();
        int maxWidth = depth.Length == 0 ? 0 : depth.GroupBy(d => d).Max(g => g.Count());
        var ops = graph.Nodes
            .GroupBy(n => n.Symbol)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        return new GraphSummary(graph.Nodes.Count, graph.Edges.Count,
            graph.Nodes.Count(n => n.Kind == NodeKind.Input), maxDepth, maxWidth, ops);
    }
}
