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
        string grad = $"∂{HtmlText.Escape(f)}/∂{RuleText.InDerivative(name)}";
        sb.Append("<li class=\"adbp-frame\" data-step=\"").Append(Int(frame.Step)).Append("\" data-node-id=\"").Append(Int(node.Id))
          .Append("\" data-children=\"").Append(string.Join(' ', frame.Terms.Select(t => Int(t.Child.Id)))).Append('"')
          .Append(frame.IsFused ? " data-fused=\"1\"" : "").Append(">\n");
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
              .Append("/∂c</th><th>× local ∂c/∂").Append(RuleText.InDerivative(name)).Append("</th><th>= product</th><th>running sum</th></tr></thead><tbody>\n");
            foreach (var t in frame.Terms) Term(sb, t, words);
            if (frame.OmittedTerms > 0)
                sb.Append("<tr><td colspan=\"5\">… ").Append(NumberText.Count(frame.OmittedTerms)).Append(" more terms, not listed</td></tr>\n");
            sb.Append("</tbody></table>\n");
        }
        sb.Append("<p class=\"adbp-result\">").Append(grad).Append(" = <b>").Append(NumberText.Format(frame.Adjoint)).Append("</b></p>\n");
        if (frame.IsFused) Sends(sb, frame, f, words);
        sb.Append("</li>\n");
    }

    // A fused node passes its adjoint back over each of its n incoming edges: one row per operand k,
    // adjoint(operandₖ) += adjoint(node) × ∂node/∂operandₖ, the partial named as in the table.
    private static void Sends(StringBuilder sb, BackpropFrame frame, string f, NarrationSteps words)
    {
        string r = RuleText.InDerivative(HtmlText.Escape(frame.Node.DisplayName));
        int n = frame.Sends.Count + frame.OmittedSends;
        sb.Append("<p class=\"adbp-sends-head\">").Append(HtmlText.Escape(frame.Node.DisplayName)).Append(" is one node with ")
          .Append(NumberText.Count(n)).Append(n == 1 ? " incoming edge" : " incoming edges").Append(": it passes ∂").Append(HtmlText.Escape(f)).Append("/∂").Append(r)
          .Append(" back over each, and each operand's adjoint adds ∂").Append(HtmlText.Escape(f)).Append("/∂").Append(r).Append(" × ∂").Append(r).Append("/∂operand.</p>\n");
        sb.Append("<table class=\"adbp-terms adbp-sends\"><thead><tr><th>to operand</th><th>∂").Append(HtmlText.Escape(f)).Append("/∂").Append(r)
          .Append("</th><th>× local ∂").Append(r).Append("/∂operand</th><th>= adds to ∂").Append(HtmlText.Escape(f)).Append("/∂operand</th></tr></thead><tbody>\n");
        foreach (var s in frame.Sends) Send(sb, s, frame.Node, words);
        if (frame.OmittedSends > 0)
            sb.Append("<tr><td colspan=\"4\">… ").Append(NumberText.Count(frame.OmittedSends)).Append(" more operands, not listed</td></tr>\n");
        sb.Append("</tbody></table>\n");
    }

    private static void Send(StringBuilder sb, BackpropSend s, GraphNode fused, NarrationSteps words)
    {
        string role = words.Role(fused, s.Edge.Operand), name = s.Operand.DisplayName;
        sb.Append("<tr data-operand=\"").Append(Int(s.Edge.Operand)).Append("\"><td>").Append(HtmlText.Escape(name));
        if (name != role) sb.Append(" <span class=\"adbp-op\">as ").Append(HtmlText.Escape(role)).Append("</span>");
        sb.Append("</td><td>").Append(NumberText.Format(s.Adjoint)).Append("</td><td>").Append(HtmlText.Escape(words.FusedPartial(s, fused)))
          .Append("</td><td>").Append(NumberText.Format(s.Product)).Append("</td></tr>\n");
    }

    private static void Term(StringBuilder sb, BackpropTerm t, NarrationSteps words) =>
        sb.Append("<tr><td>").Append(HtmlText.Escape(words.Via(t))).Append(" <span class=\"adbp-op\">[").Append(HtmlText.Escape(t.Child.Symbol))
          .Append("]</span></td><td>").Append(NumberText.Format(t.UpstreamAdjoint)).Append("</td><td>").Append(HtmlText.Escape(words.LocalDerivative(t)))
          .Append("</td><td>")
          .Append(NumberText.Format(t.Product)).Append("</td><td>").Append(NumberText.Format(t.RunningSum)).Append("</td></tr>\n");

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
