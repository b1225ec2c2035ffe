using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>Writes the step-through view: graph, frame cards and the small script that turns
/// the cards into a player. All content is in the HTML; the script only shows and hides it.</summary>
internal static class BackpropHtml
{
    /// <summary>Most frames written, so a huge graph's view stays small.</summary>
    public const int MaxFrames = 80;

    public static string Render(ComputationGraph graph, IReadOnlyList<BackpropFrame> frames, GraphStyle style)
    {
        string svg = GraphSvg.Render(graph, style);
        string id = ContentId.Of("adbp", svg);
        string f = graph.Nodes.Count > 0 ? graph.Node(graph.OutputId).DisplayName : "f";
        var sb = new StringBuilder();
        sb.Append("<div class=\"adbp\" id=\"").Append(id).Append("\" style=\"font-family:").Append(Theme.FontFamily).Append("\">\n");
        sb.Append("<style>").Append(BackpropStyle.Css(id)).Append("</style>\n");
        double seed = graph.Nodes.Count > 0 ? graph.Node(graph.OutputId).Adjoint : 0;
        sb.Append("<p class=\"adbp-intro\"><strong>Backpropagation, one node at a time,</strong> with the adjoints the tape holds (the same numbers as the drawing). Starting from ")
          .Append(HtmlText.Escape(f)).Append(" (∂").Append(HtmlText.Escape(f)).Append("/∂").Append(HtmlText.Escape(f))
          .Append(" = ").Append(NumberText.Format(seed)).Append("), each step visits a node after every node that uses it, and adds up upstream adjoint × local derivative over its outgoing edges.</p>\n");
        if (seed != 1)
            sb.Append("<p class=\"adbp-note\">∂").Append(HtmlText.Escape(f)).Append("/∂").Append(HtmlText.Escape(f)).Append(" = ")
              .Append(HtmlText.Escape(NarrationSteps.Seed(seed))).Append(".</p>\n");
        sb.Append("<div class=\"adbp-graph\" style=\"max-width:100%;overflow-x:auto\">").Append(svg).Append("</div>\n");
        if (frames.Count < graph.Nodes.Count)
            sb.Append("<p class=\"adbp-note\">Showing the first ").Append(NumberText.Count(frames.Count)).Append(" of ")
              .Append(NumberText.Count(graph.Nodes.Count)).Append(" steps.</p>\n");
        sb.Append("<ol class=\"adbp-frames\">\n");
        var words = new NarrationSteps(graph);
        foreach (var frame in frames) Frame(sb, frame, graph.Nodes.Count, f, words);
        sb.Append("</ol>\n<script>").Append(BackpropScript.Player(id)).Append("</script>\n</div>");
        return sb.ToString();
    }

    private static void Frame(StringBuilder sb, BackpropFrame frame, int total, string f, NarrationSteps words)
    {
        var node = frame.Node;
        string name = HtmlText.Escape(node.DisplayName);
        string grad = $"∂{HtmlText.Escape(f)}/∂{RuleText.Operand(name)}";
        sb.Append("<li class=\"adbp-frame\" data-step=\"").Append(Int(frame.Step)).Append("\" data-node-id=\"").Append(Int(node.Id))
          .Append("\" data-children=\"").Append(string.Join(' ', frame.Terms.Select(t => Int(t.Child.Id)))).Append("\">\n");
        sb.Append("<div class=\"adbp-head\">Step ").Append(Int(frame.Step)).Append(" of ").Append(Int(total)).Append(": visit <b>")
          .Append(name).Append("</b> <span class=\"adbp-kind\">(").Append(Theme.KindName(node.Kind)).Append(", value ")
          .Append(NumberText.Format(node.Primal)).Append(")</span></div>\n");
        if (frame.IsSeed)
        {
            sb.Append("<p class=\"adbp-seed\">The output: ").Append(grad).Append(" = ").Append(HtmlText.Escape(NarrationSteps.Seed(frame.Adjoint))).Append(".</p>\n");
        }
        else if (node.Kind == NodeKind.Constant)
        {
            sb.Append("<p class=\"adbp-constant\">").Append(HtmlText.Escape(NarrationSteps.Constant(node))).Append("</p>\n</li>\n");
            return;
        }
        else
        {
            sb.Append("<table class=\"adbp-terms\"><thead><tr><th>via child c</th><th>upstream ∂").Append(HtmlText.Escape(f))
              .Append("/∂c</th><th>× local ∂c/∂").Append(RuleText.Operand(name)).Append("</th><th>= product</th><th>running sum</th></tr></thead><tbody>\n");
            foreach (var t in frame.Terms) Term(sb, t, words);
            if (frame.OmittedTerms > 0)
                sb.Append("<tr><td colspan=\"5\">… ").Append(NumberText.Count(frame.OmittedTerms)).Append(" more terms, not listed</td></tr>\n");
            sb.Append("</tbody></table>\n");
        }
        sb.Append("<p class=\"adbp-result\">").Append(grad).Append(" = <b>").Append(NumberText.Format(frame.Adjoint)).Append("</b></p>\n</li>\n");
    }

    private static void Term(StringBuilder sb, BackpropTerm t, NarrationSteps words) =>
        sb.Append("<tr><td>").Append(HtmlText.Escape(t.Child.DisplayName)).Append(" <span class=\"adbp-op\">[").Append(HtmlText.Escape(t.Child.Symbol))
          .Append("]</span></td><td>").Append(NumberText.Format(t.UpstreamAdjoint)).Append("</td><td>").Append(HtmlText.Escape(words.RuleAndValue(t)))
          .Append("</td><td>")
          .Append(NumberText.Format(t.Product)).Append("</td><td>").Append(NumberText.Format(t.RunningSum)).Append("</td></tr>\n");

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
