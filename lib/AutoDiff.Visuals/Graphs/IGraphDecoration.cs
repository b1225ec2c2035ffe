using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// What a drawing may add to the plain graph: other text in a node's box and on an edge's label,
/// and marks drawn over the finished picture (a learner's sketch compared with the trace). The
/// layout measures the text given here, so marks never push boxes onto one another.
/// </summary>
internal interface IGraphDecoration
{
    /// <summary>Distinguishes drawings of one graph with different decorations (ids stay unique).</summary>
    string Fingerprint { get; }

    /// <summary>The rows of <paramref name="node"/>'s box instead of value and grad, or null for those.</summary>
    IReadOnlyList<(string Caption, string Text)>? Rows(GraphNode node);

    /// <summary>The label of <paramref name="edge"/> instead of its local derivative's number, or
    /// null for the number; "" draws no label.</summary>
    string? EdgeLabel(GraphEdge edge);

    /// <summary>Draws over the finished nodes and edges (<paramref name="shapes"/> in the order of
    /// <paramref name="drawn"/>'s edges).</summary>
    void Overlay(StringBuilder svg, LayoutResult layout, IReadOnlyList<EdgeShape> shapes, DrawnGraph drawn);
}
