using System.Globalization;
using System.Text;

namespace AutoDiff;

/// <summary>Graphviz DOT and Mermaid text for a <see cref="ComputationGraph"/>. A graph of more than
/// <see cref="ComputationGraph.MaxTextNodes"/> nodes is written as its last nodes (those nearest the
/// output) and one "… more nodes" node that stands for the rest, with a comment saying so, as the
/// SVG drawing does: the text of a million-node trace would be hundreds of megabytes.</summary>
internal static class GraphText
{
    private const string MoreId = "more";

    public static string Dot(ComputationGraph g)
    {
        var (first, hidden) = Window(g);
        var sb = new StringBuilder("digraph autodiff {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        if (hidden > 0)
            sb.Append(CultureInfo.InvariantCulture, $"  // {Omitted(g, hidden)}\n  {MoreId} [shape=note, label=\"… {hidden:N0} more nodes\"];\n");
        for (int i = first; i < g.Nodes.Count; i++)
        {
            var n = g.Nodes[i];
            string shape = n.Kind switch { NodeKind.Input => "ellipse", NodeKind.Constant => "plaintext", NodeKind.Output => "doubleoctagon", _ => "box" };
            sb.Append(CultureInfo.InvariantCulture, $"  n{n.Id} [shape={shape}, label=\"{DotEscape(NodeText(n))}\"];\n");
        }
        foreach (var (from, e) in Edges(g, first))
            sb.Append(CultureInfo.InvariantCulture, $"  {from} -> n{e.Child} [label=\"{(from == MoreId ? "" : DotEscape(Number(e.LocalDerivative)))}\"];\n");
        return sb.Append("}\n").ToString();
    }

    public static string Mermaid(ComputationGraph g)
    {
        var (first, hidden) = Window(g);
        var sb = new StringBuilder("flowchart LR\n");
        if (hidden > 0)
            sb.Append(CultureInfo.InvariantCulture, $"  %% {Omitted(g, hidden)}\n  {MoreId}[\"… {hidden:N0} more nodes\"]\n");
        for (int i = first; i < g.Nodes.Count; i++)
        {
            var n = g.Nodes[i];
            string text = MermaidEscape(NodeText(n)).Replace("\n", "<br/>", StringComparison.Ordinal);
            string shape = n.Kind == NodeKind.Input ? $"([\"{text}\"])" : $"[\"{text}\"]";
            sb.Append(CultureInfo.InvariantCulture, $"  n{n.Id}{shape}\n");
        }
        foreach (var (from, e) in Edges(g, first))
        {
            string label = from == MoreId ? "" : $"|\"{MermaidEscape(Number(e.LocalDerivative))}\"|";
            sb.Append(CultureInfo.InvariantCulture, $"  {from} -->{label} n{e.Child}\n");
        }
        return sb.ToString();
    }

    // The nodes written: all, or the last MaxTextNodes (nodes are in evaluation order, so these
    // are the ones nearest the output).
    private static (int First, int Hidden) Window(ComputationGraph g)
    {
        int hidden = Math.Max(0, g.Nodes.Count - ComputationGraph.MaxTextNodes);
        return (hidden, hidden);
    }

    private static string Omitted(ComputationGraph g, int hidden) => string.Create(CultureInfo.InvariantCulture,
        $"The graph has {g.Nodes.Count:N0} nodes and {g.Edges.Count:N0} edges; the first {hidden:N0} nodes (farthest from the output) are written as the one node '{MoreId}'.");

    // Edges between written nodes as they are; edges from hidden nodes become one edge from the
    // "more" node per child that has any.
    private static IEnumerable<(string From, GraphEdge Edge)> Edges(ComputationGraph g, int first)
    {
        int firstId = first < g.Nodes.Count ? g.Nodes[first].Id : int.MaxValue;
        int lastChildFromMore = int.MinValue;
        foreach (var e in g.Edges)
        {
            if (e.Child < firstId) continue;
            if (e.Parent >= firstId) yield return ("n" + e.Parent.ToString(CultureInfo.InvariantCulture), e);
            else if (e.Child != lastChildFromMore)
            {
                lastChildFromMore = e.Child; // edges are ordered by child: one "more" edge per child
                yield return (MoreId, e);
            }
        }
    }

    private static string NodeText(GraphNode n)
    {
        string head = n.Kind is NodeKind.Input or NodeKind.Constant ? n.DisplayName : $"{n.DisplayName} [{n.Symbol}]";
        return $"{head}\nvalue {Number(n.Primal)}\ngrad {Number(n.Adjoint)}";
    }

    private static string Number(double x) => x.ToString("G4", CultureInfo.InvariantCulture);

    private static string DotEscape(string s) => s
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    // Mermaid reads HTML entities in quoted labels; quotes and angle brackets must not survive raw.
    private static string MermaidEscape(string s) => s
        .Replace("&", "#amp;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal);
}
