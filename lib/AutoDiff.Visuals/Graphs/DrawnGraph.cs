namespace AutoDiff.Visuals;

/// <summary>The part of a graph that is drawn: all of it when small, else the nodes nearest the
/// output plus a count of the hidden rest.</summary>
/// <param name="Nodes">Drawn nodes in evaluation order.</param>
/// <param name="Edges">Edges between drawn nodes, in the graph's order.</param>
/// <param name="HiddenCount">Nodes not drawn (0 when the whole graph is drawn).</param>
/// <param name="Frontier">Ids of drawn nodes with at least one hidden operand: they get an edge
/// from the "… more nodes" box.</param>
internal sealed record DrawnGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, int HiddenCount, IReadOnlyList<int> Frontier)
{
    public bool IsCollapsed => HiddenCount > 0;
}
