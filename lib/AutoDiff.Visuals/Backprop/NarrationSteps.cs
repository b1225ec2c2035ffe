using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>The sentences of a narration: one per forward step and one per backward frame.
/// Derivative rules come from the table of primitives (<see cref="Primitives"/>) with the actual operand names put in
/// (<see cref="RuleText"/>).</summary>
internal sealed class NarrationSteps
{
    private readonly Dictionary<int, GraphNode> byId;
    private readonly Dictionary<int, (int A, int B)> operands = [];
    private readonly int outputId;

    public NarrationSteps(ComputationGraph graph)
    {
        byId = graph.Nodes.ToDictionary(n => n.Id);
        outputId = graph.OutputId;
        foreach (var e in graph.Edges)
        {
            var (a, b) = operands.TryGetValue(e.Child, out var o) ? o : (-1, -1);
            operands[e.Child] = e.Operand == 0 ? (e.Parent, b) : (a, e.Parent);
        }
    }

    public string Forward(GraphNode n)
    {
        string value = NumberText.Format(n.Primal);
        string role = n.Id == outputId ? " (the output)" : "";
        if (n.Kind == NodeKind.Input) return $"{n.DisplayName} = {value} (input){role}";
        if (n.Kind == NodeKind.Constant) return $"{n.DisplayName} = {value} (constant){role}";
        string applied = Applied(n);
        return applied == n.DisplayName ? $"{n.DisplayName} = {value}{role}" : $"{n.DisplayName} = {applied} = {value}{role}";
    }

    public string Backward(BackpropFrame frame, string f)
    {
        string v = RuleText.Operand(frame.Node.DisplayName);
        if (frame.IsSeed) return $"∂{f}/∂{v} = {Seed(frame.Adjoint)}.";
        if (frame.Node.Kind == NodeKind.Constant) return Constant(frame.Node);
        var sb = new StringBuilder($"∂{f}/∂{v} gets ");
        for (int k = 0; k < frame.Terms.Count; k++)
        {
            var t = frame.Terms[k];
            if (k > 0) sb.Append("; plus ");
            sb.Append(CultureInfo.InvariantCulture,
                $"{NumberText.Format(t.UpstreamAdjoint)} × {NumberText.Format(t.LocalDerivative)} = {NumberText.Format(t.Product)} via {t.Child.DisplayName} ")
              .Append(CultureInfo.InvariantCulture, $"(local derivative ∂{RuleText.Operand(t.Child.DisplayName)}/∂{v} = {RuleAndValue(t)})");
        }
        if (frame.OmittedTerms > 0) sb.Append(CultureInfo.InvariantCulture, $"; plus {NumberText.Count(frame.OmittedTerms)} more terms, not listed");
        string total = frame.Terms.Count > 1 ? $"; in total ∂{f}/∂{v} = {NumberText.Format(frame.Adjoint)}" : "";
        return sb.Append(total).Append('.').ToString();
    }

    /// <summary>The output's adjoint and what it means: the seed 1 after one backward pass, a
    /// multiple of it after several (adjoints accumulate), 0 before any.</summary>
    public static string Seed(double adjoint) => adjoint switch
    {
        1 => "1: the output's derivative with respect to itself (the seed)",
        0 => "0: no backward pass has run yet, so every adjoint is still 0 (call Backward() on the output)",
        _ => $"{NumberText.Format(adjoint)}: the seed 1, added once by every Backward() call so far " +
             "(adjoints accumulate; tape.ZeroGrad() sets them back to 0), so every adjoint below is that multiple too",
    };

    /// <summary>A constant's step: nothing is computed for it, because no derivative with respect
    /// to a constant is ever needed.</summary>
    public static string Constant(GraphNode node) =>
        $"{node.DisplayName} is a constant: no derivative with respect to it is needed, so the sweep passes it by.";

    /// <summary>The local derivative of a term as rule and value: "2x = 4", or "1" when the
    /// rule is already the number.</summary>
    public string RuleAndValue(BackpropTerm t)
    {
        string rule = Rule(t), value = NumberText.Format(t.LocalDerivative);
        return rule == value ? value : $"{rule} = {value}";
    }

    // The rule for one edge with a and b replaced by the child's actual operands.
    private string Rule(BackpropTerm t)
    {
        var (a, b) = Names(t.Child.Id);
        if (t.Child.Op == Op.Custom) return $"{t.Child.Symbol}′({a})"; // the table's generic f′(a), named after the primitive
        return Primitives.Of(t.Child.Op).Form switch
        {
            Form.ConstantPower => PowerRule(t, a),
            _ when t.Edge.Formula.Length == 0 => "its rule",
            _ => RuleText.Substitute(t.Edge.Formula, a, b),
        };
    }

    // d/da aᵖ = p·aᵖ⁻¹; the exponent p is not a graph node, so recover it from r = aᵖ and r′ = p·aᵖ⁻¹: p = r′·a/r.
    private string PowerRule(BackpropTerm t, string a)
    {
        double primalA = byId[t.Edge.Parent].Primal, r = t.Child.Primal;
        if (primalA == 0 || r == 0) return $"p·{RuleText.Base(a)}^(p − 1)";
        double p = Math.Round(t.LocalDerivative * primalA / r, 9);
        if (p == 2) return $"2{RuleText.Operand(a)}";
        return $"{NumberText.Format(p)}·{RuleText.Base(a)}^{NumberText.Format(p - 1)}";
    }

    private string Applied(GraphNode n)
    {
        var (a, b) = Names(n.Id);
        var primitive = Primitives.Of(n.Op);
        return primitive.Form switch
        {
            Form.Sum => $"{a} + {b}",
            Form.Difference => $"{a} − {WrapSum(b)}",
            Form.Product or Form.Quotient => $"{WrapSum(a)} {n.Symbol} {WrapSum(b)}",
            Form.Negation => $"−{RuleText.Operand(a)}",
            Form.ConstantPower => n.Expression,
            Form.Power => $"{RuleText.Operand(a)}^{RuleText.Operand(b)}",
            _ when primitive.IsBinary => $"{n.Symbol}({a}, {b})",
            _ => $"{n.Symbol}({a})",
        };
    }

    private (string A, string B) Names(int id)
    {
        var (a, b) = operands.TryGetValue(id, out var o) ? o : (-1, -1);
        return (a >= 0 ? byId[a].DisplayName : "a", b >= 0 ? byId[b].DisplayName : "b");
    }

    // Inside a product or after a minus, only sums need brackets: sin x × cos x reads fine.
    private static string WrapSum(string name) =>
        (name.Contains(" + ", StringComparison.Ordinal) || name.Contains(" − ", StringComparison.Ordinal)) && !ExpressionText.IsGroup(name)
            ? $"({name})" : name;
}
