using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// "Explain in words": a plain-language account of a traced function. The forward pass lists
/// each intermediate, how it is computed and its value; the backward pass gives each adjoint and
/// the chain-rule steps that produced it, e.g. "∂f/∂x gets 3 × 4 = 12 via x² (local derivative
/// ∂x²/∂x = 2x = 4)". Long graphs are cut to their first and last steps, so text stays short.
/// </summary>
public static class Narration
{
    /// <summary>Most steps told per pass; beyond it the middle is skipped with a count.</summary>
    public const int MaxSteps = 120;

    /// <summary>The narration as plain text, one step per line.</summary>
    public static string Explain(ComputationGraph graph)
    {
        var sb = new StringBuilder();
        foreach (var (heading, lines) in Sections(graph))
        {
            sb.Append(heading).Append('\n');
            foreach (var line in lines) sb.Append("  ").Append(line).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The narration as HTML: a heading and a numbered list per pass (all text escaped).</summary>
    public static string ExplainHtml(ComputationGraph graph)
    {
        var sb = new StringBuilder("<div class=\"autodiff-narration\" style=\"font-family:").Append(Theme.FontFamily).Append(";line-height:1.5\">\n");
        foreach (var (heading, lines) in Sections(graph))
        {
            sb.Append("<h4 style=\"margin:8px 0 4px 0\">").Append(HtmlText.Escape(heading)).Append("</h4>\n<ol style=\"margin:0 0 8px 0\">\n");
            foreach (var line in lines) sb.Append("<li>").Append(HtmlText.Escape(line)).Append("</li>\n");
            sb.Append("</ol>\n");
        }
        return sb.Append("</div>").ToString();
    }

    private static IEnumerable<(string Heading, IReadOnlyList<string> Lines)> Sections(ComputationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int count = graph.Nodes.Count;
        if (count == 0) yield break;
        string f = graph.Node(graph.OutputId).DisplayName;
        var steps = new NarrationSteps(graph);
        yield return ($"Forward pass: compute each node from its operands, in order ({NumberText.Count(count)} nodes)",
            Told(count, Enumerable.Range(0, count).Where(k => IsTold(k, count)).Select(k => (k, steps.Forward(graph.Nodes[k])))));
        var frames = BackpropSteps.Frames(graph, k => IsTold(k, count));
        yield return ($"Backward pass: ∂{f}/∂node from the output back to the inputs (each adjoint is the sum, over the node's uses, of upstream adjoint × local derivative)",
            Told(count, frames.Select(fr => (fr.Step - 1, steps.Backward(fr, f)))));
    }

    // Long graphs: the first two thirds of MaxSteps and the last third, with the gap counted.
    private static int Head => MaxSteps * 2 / 3;

    private static bool IsTold(int k, int count) => count <= MaxSteps || k < Head || k >= count - (MaxSteps - Head);

    private static List<string> Told(int count, IEnumerable<(int Index, string Line)> lines)
    {
        var result = new List<string>();
        int expected = 0;
        foreach (var (index, line) in lines)
        {
            if (index != expected) result.Add($"… {NumberText.Count(index - expected)} more steps of the same kind …");
            result.Add(line);
            expected = index + 1;
        }
        if (expected < count && result.Count > 0) result.Add($"… {NumberText.Count(count - expected)} more steps …");
        return result;
    }
}
