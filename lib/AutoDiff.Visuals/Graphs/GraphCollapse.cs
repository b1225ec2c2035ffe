namespace AutoDiff.Visuals;

/// <summary>
/// Chooses what to draw. Laying out thousands of nodes is slow and unreadable, so a graph over
/// <see cref="GraphStyle.MaxNodes"/> is cut before layout: a breadth-first walk back from the
/// output keeps the nodes nearest it. The walk is linear in the graph size and uses no recursion,
/// so a million-node chain takes well under a second.
/// </summary>
internal static class GraphCollapse
{
    public static DrawnGraph Select(ComputationGraph graph, GraphStyle style)
    {
        if (graph.Nodes.Count <= style.MaxNodes)
            return new DrawnGraph(graph.Nodes, graph.Edges, 0, []);

        var index = IndexById(graph);
        var (edgeStart, edgeEnd) = EdgeRangesByChild(graph, index);
        int budget = Math.Min(style.MaxNodes, style.CollapsedNodes);
        var kept = new bool[graph.Nodes.Count];
        var level = new List<int> { index[graph.OutputId] };
        kept[level[0]] = true;
        int keptCount = 1;
        // Walk level by level (distance = edges back from the output) and keep whole levels while
        // they fit, so the drawing ends on a clean cut; the first level may be partial.
        for (int distance = 1; distance <= style.MaxCollapsedLayers && level.Count > 0; distance++)
        {
            var next = new List<int>();
            var queued = new HashSet<int>();
            foreach (int child in level)
                for (int e = edgeStart[child]; e < edgeEnd[child]; e++)
                {
                    int parent = index[graph.Edges[e].Parent];
                    if (!kept[parent] && queued.Add(parent)) next.Add(parent);
                }
            if (keptCount + next.Count > budget)
            {
                if (distance > 1) break;
                next = next.Take(budget - keptCount).ToList();
            }
            foreach (int p in next) kept[p] = true;
            keptCount += next.Count;
            level = next;
        }
        return Build(graph, index, kept, keptCount);
    }

    private static DrawnGraph Build(ComputationGraph graph, Dictionary<int, int> index, bool[] kept, int keptCount)
    {
        var nodes = new List<GraphNode>(keptCount);
        for (int i = 0; i < kept.Length; i++)
            if (kept[i]) nodes.Add(graph.Nodes[i]);
        var edges = new List<GraphEdge>();
        var frontier = new SortedSet<int>();
        foreach (var e in graph.Edges)
        {
            if (!kept[index[e.Child]]) continue;
            if (kept[index[e.Parent]]) edges.Add(e);
            else frontier.Add(e.Child);
        }
        return new DrawnGraph(nodes, edges, graph.Nodes.Count - keptCount, [.. frontier]);
    }

    internal static Dictionary<int, int> IndexById(ComputationGraph graph)
    {
        var index = new Dictionary<int, int>(graph.Nodes.Count);
        for (int i = 0; i < graph.Nodes.Count; i++) index[graph.Nodes[i].Id] = i;
        return index;
    }

    // Edges are ordered by child, so each node's incoming edges form one contiguous range.
    private static (int[] Start, int[] End) EdgeRangesByChild(ComputationGraph graph, Dictionary<int, int> index)
    {
        var start = new int[graph.Nodes.Count];
        var end = new int[graph.Nodes.Count];
        for (int e = 0; e < graph.Edges.Count; e++)
        {
            int child = index[graph.Edges[e].Child];
            if (end[child] == 0) start[child] = e;
            end[child] = e + 1;
        }
        return (start, end);
    }
}
