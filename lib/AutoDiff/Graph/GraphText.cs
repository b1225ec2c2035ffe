using System.Globalization;
using System.Text;

namespace AutoDiff;

/// <summary>Graphviz DOT and Mermaid text for a <see cref="ComputationGraph"/>.</summary>
internal static class GraphText
{
    public static string Dot(ComputationGraph g)
    {
        var sb = new StringBuilder("digraph autodiff {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        foreach (var n in g.Nodes)
        {
            string shape = n.Kind switch { NodeKind.Input => "ellipse", NodeKind.Constant => "plaintext", NodeKind.Output => "doubleoctagon", _ => "box" };
            sb.Append(CultureInfo.InvariantCulture, $"  n{n.Id} [shape={shape}, label=\"{DotEscape(NodeText(n))}\"];\n");
        }
        foreach (var e in g.Edges)
            sb.Append(CultureInfo.InvariantCulture, $"  n{e.Parent} -> n{e.Child} [label=\"{DotEscape(Number(e.LocalDerivative))}\"];\n");
        return sb.Append("}\n").ToString();
    }

    public static string Mermaid(ComputationGraph g)
    {
        var sb = new StringBuilder("flowchart LR\n");
        foreach (var n in g.Nodes)
        {
            string text = MermaidEscape(NodeText(n)).Replace("\n", "<br/>", StringComparison.Ordinal);
            string shape = n.Kind == NodeKind.Input ? $"([\"{text}\"])" : $"[\"{text}\"]";
            sb.Append(CultureInfo.InvariantCulture, $"  n{n.Id}{shape}\n");
        }
        foreach (var e in g.Edges)
            sb.Append(CultureInfo.InvariantCulture, $"  n{e.Parent} -->|\"{MermaidEscape(Number(e.LocalDerivative))}\"| n{e.Child}\n");
        return sb.ToString();
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
