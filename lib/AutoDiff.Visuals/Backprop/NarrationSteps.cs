using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>The sentences of a narration: one per forward step and one per backward frame.
/// Derivative rules come from the table of primitives (<see cref="Primitives"/>) with the actual operand names put in
/// (<see cref="RuleText"/>). A fused node (<see cref="INaryPrimitive"/>) is told in the table's
/// names for its operands and partials (w₀, x₁, b; ∂r/∂w₁ = x₁), tied to the actual nodes once in
/// its forward step.</summary>
internal sealed class NarrationSteps
{
    private readonly Dictionary<int, GraphNode> byId;
    private readonly Dictionary<int, List<int>> operands = []; // child id → operand ids by position k (−1 where none)
    private readonly int outputId;

    public NarrationSteps(ComputationGraph graph)
    {
        byId = graph.Nodes.ToDictionary(n => n.Id);
        outputId = graph.OutputId;
        foreach (var e in graph.Edges)
        {
            if (!operands.TryGetValue(e.Child, out var list)) operands[e.Child] = list = [];
            while (list.Count <= e.Operand) list.Add(-1);
            list[e.Operand] = e.Parent;
        }
    }

    public string Forward(GraphNode n)
    {
        string value = NumberText.Format(n.Primal);
        string role = n.Id == outputId ? " (the output)" : "";
        if (n.Kind == NodeKind.Input) return $"{n.DisplayName} = {value} (input){role}";
        if (n.Kind == NodeKind.Constant) return $"{n.DisplayName} = {value} (constant){role}";
        if (Primitives.Of(n.Op).IsFused) return $"{n.DisplayName} = {Primitives.Of(n.Op).Formula} = {value}{role}{Where(n)}";
        string applied = Applied(n);
        return applied == n.DisplayName ? $"{n.DisplayName} = {value}{role}" : $"{n.DisplayName} = {applied} = {value}{role}";
    }

    // Which node each of a fused node's operands is, where its name differs from the table's:
    // ", where w₀ = w0, x₀ = sin u" (the first MaxTerms operands).
    private string Where(GraphNode n)
    {
        var ids = OperandIds(n.Id);
        var named = Enumerable.Range(0, Math.Min(ids.Count, BackpropSteps.MaxTerms))
            .Select(k => (Role: Role(n, k), Name: ids[k] >= 0 ? byId[ids[k]].DisplayName : "?"))
            .Where(p => p.Role != p.Name).Select(p => $"{p.Role} = {p.Name}").ToList();
        if (ids.Count > BackpropSteps.MaxTerms) named.Add($"… {NumberText.Count(ids.Count - BackpropSteps.MaxTerms)} more operands");
        return named.Count == 0 ? "" : ", where " + string.Join(", ", named);
    }

    /// <summary>The table's name of operand k of the fused node <paramref name="fused"/>, e.g. "w₁".</summary>
    public string Role(GraphNode fused, int k) => Primitives.Of(fused.Op).OperandName(k, OperandIds(fused.Id).Count);

    private List<int> OperandIds(int id) => operands.TryGetValue(id, out var list) ? list : [];

    public string Backward(BackpropFrame frame, string f)
    {
        string v = RuleText.InDerivative(frame.Node.DisplayName);
        if (frame.IsSeed) return $"∂{f}/∂{v} = {Seed(frame.Adjoint)}.{Sends(frame, f)}";
        if (frame.Node.Kind == NodeKind.Constant) return Constant(frame.Node);
        var sb = new StringBuilder($"∂{f}/∂{v} gets ");
        for (int k = 0; k < frame.Terms.Count; k++)
        {
            var t = frame.Terms[k];
            if (k > 0) sb.Append("; plus ");
            sb.Append(CultureInfo.InvariantCulture,
                $"{NumberText.Format(t.UpstreamAdjoint)} × {NumberText.Format(t.LocalDerivative)} = {NumberText.Format(t.Product)} via {Via(t)} ")
              .Append(CultureInfo.InvariantCulture, $"(local derivative ∂{RuleText.InDerivative(t.Child.DisplayName)}/∂{Wrt(t, v)} = {RuleAndValue(t)})");
        }
        if (frame.OmittedTerms > 0) sb.Append(CultureInfo.InvariantCulture, $"; plus {NumberText.Count(frame.OmittedTerms)} more terms, not listed");
        string total = frame.Terms.Count > 1 ? $"; in total ∂{f}/∂{v} = {NumberText.Format(frame.Adjoint)}" : "";
        return sb.Append(total).Append('.').Append(Sends(frame, f)).ToString();
    }

    /// <summary>The child a term comes through, with the operand's role when the child is fused:
    /// "r as its w₁".</summary>
    public string Via(BackpropTerm t) =>
        IsFused(t.Child) ? $"{t.Child.DisplayName} as its {Role(t.Child, t.Edge.Operand)}" : t.Child.DisplayName;

    /// <summary>The local derivative of a term for the step-through's table: the rule and value,
    /// and for a fused child also what it is the derivative of, "∂r/∂w₁ = x₁ = 3".</summary>
    public string LocalDerivative(BackpropTerm t) => IsFused(t.Child)
        ? $"∂{RuleText.InDerivative(t.Child.DisplayName)}/∂{Role(t.Child, t.Edge.Operand)} = {RuleAndValue(t)}"
        : RuleAndValue(t);

    // What the derivative is taken with respect to: the operand's name, or its role in a fused node
    // (the table's partials are written in those roles: ∂r/∂w₁ = x₁).
    private string Wrt(BackpropTerm t, string v) => IsFused(t.Child) ? Role(t.Child, t.Edge.Operand) : v;

    // A fused node's step, after its adjoint: what it passes back over each of its n edges,
    // " r passes ∂f/∂r back over its 5 edges, …: ∂f/∂w0 (w₀) += −0.99 × x₀ = −0.99 × 2 = −1.99; …".
    private string Sends(BackpropFrame frame, string f)
    {
        if (!frame.IsFused) return "";
        var node = frame.Node;
        string r = RuleText.InDerivative(node.DisplayName);
        int n = frame.Sends.Count + frame.OmittedSends;
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $" {node.DisplayName} passes ∂{f}/∂{r} back over its {NumberText.Count(n)} {(n == 1 ? "edge" : "edges")}, each operand's adjoint adding ∂{f}/∂{r} × ∂{r}/∂operand: ");
        sb.AppendJoin("; ", frame.Sends.Select(s => Send(s, node, f)));
        if (frame.OmittedSends > 0) sb.Append(CultureInfo.InvariantCulture, $"; and {NumberText.Count(frame.OmittedSends)} more operands, not listed");
        return sb.Append('.').ToString();
    }

    /// <summary>One edge of a fused node's step: "∂f/∂w0 (w₀) += −0.99 × x₀ = −0.99 × 2 = −1.99".</summary>
    public string Send(BackpropSend s, GraphNode fused, string f)
    {
        string role = Role(fused, s.Edge.Operand), name = s.Operand.DisplayName;
        string who = name == role ? $"∂{f}/∂{RuleText.InDerivative(name)}" : $"∂{f}/∂{RuleText.InDerivative(name)} ({role})";
        string g = NumberText.Format(s.Adjoint), local = NumberText.Format(s.LocalDerivative);
        string rule = s.Edge.Formula.Length == 0 || s.Edge.Formula == local ? "" : $"{g} × {s.Edge.Formula} = ";
        return $"{who} += {rule}{g} × {local} = {NumberText.Format(s.Product)}";
    }

    /// <summary>∂node/∂operand of one edge of a fused node, in the table's names, with its value:
    /// "∂r/∂w₁ = x₁ = 3".</summary>
    public string FusedPartial(BackpropSend s, GraphNode fused)
    {
        string rule = s.Edge.Formula, value = NumberText.Format(s.LocalDerivative);
        string partial = $"∂{RuleText.InDerivative(fused.DisplayName)}/∂{Role(fused, s.Edge.Operand)}";
        return rule.Length == 0 || rule == value ? $"{partial} = {value}" : $"{partial} = {rule} = {value}";
    }

    private static bool IsFused(GraphNode n) => Primitives.Of(n.Op).IsFused;

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
    public static string RuleAndValue(BackpropTerm t)
    {
        string rule = Rule(t), value = NumberText.Format(t.LocalDerivative);
        return rule == value ? value : $"{rule} = {value}";
    }

    // The rule for one edge: the graph writes it with the operands' names put in (RuleText), a fused
    // node's in the table's names for its operands.
    private static string Rule(BackpropTerm t) => t.Edge.Formula.Length == 0 ? "its rule" : t.Edge.Formula;

    private string Applied(GraphNode n)
    {
        var (a, b) = Names(n.Id);
        var primitive = Primitives.Of(n.Op);
        return primitive.Form switch
        {
            Form.Sum => $"{a} + {b}",
            Form.Difference => $"{a} − {RuleText.Term(b)}",
            Form.Product or Form.Quotient => $"{RuleText.Term(a)} {n.Symbol} {RuleText.Term(b)}",
            Form.Negation => $"−{RuleText.Operand(a)}",
            Form.ConstantPower => n.Expression,
            Form.Power => $"{RuleText.Base(a)}^{RuleText.Operand(b)}",
            _ when primitive.IsBinary => $"{n.Symbol}({a}, {b})",
            _ => $"{n.Symbol}({a})",
        };
    }

    private (string A, string B) Names(int id)
    {
        var ids = OperandIds(id);
        int a = ids.Count > 0 ? ids[0] : -1, b = ids.Count > 1 ? ids[1] : -1;
        return (a >= 0 ? byId[a].DisplayName : "a", b >= 0 ? byId[b].DisplayName : "b");
    }
}
