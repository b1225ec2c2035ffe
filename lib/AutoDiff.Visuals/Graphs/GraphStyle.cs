namespace AutoDiff.Visuals;

/// <summary>How a computation graph is drawn.</summary>
/// <param name="MaxNodes">Most nodes drawn. A larger graph is collapsed: the nodes nearest the
/// output are drawn and the rest become one "… k more nodes" box, with a summary beside it.</param>
/// <param name="ShowAdjoints">Show each node's gradient (adjoint ∂output/∂node) under its value.</param>
/// <param name="Title">A caption drawn above the graph, or null.</param>
/// <param name="MaxCollapsedLayers">In a collapsed graph, draw nodes at most this many edges away
/// from the output, so a long chain stays a readable width.</param>
/// <param name="CollapsedNodes">In a collapsed graph, draw at most this many nodes (whole layers
/// of distance from the output), so a wide graph stays a readable height.</param>
public sealed record GraphStyle(int MaxNodes = 150, bool ShowAdjoints = true, string? Title = null, int MaxCollapsedLayers = 12, int CollapsedNodes = 40)
{
    /// <summary>The default style: up to 150 nodes, adjoints shown, no title.</summary>
    public static GraphStyle Default { get; } = new();

    internal void Validate()
    {
        if (MaxNodes < 2)
            throw new ArgumentOutOfRangeException(nameof(MaxNodes), MaxNodes, "Draw at least 2 nodes; use a larger MaxNodes.");
        if (CollapsedNodes < 2)
            throw new ArgumentOutOfRangeException(nameof(CollapsedNodes), CollapsedNodes, "Draw at least 2 nodes of a collapsed graph; use a larger CollapsedNodes.");
        if (MaxCollapsedLayers < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxCollapsedLayers), MaxCollapsedLayers, "Use MaxCollapsedLayers of 1 or more.");
    }
}
