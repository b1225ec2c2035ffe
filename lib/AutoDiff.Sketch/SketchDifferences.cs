using System.Globalization;

namespace AutoDiff.Sketch;

/// <summary>Finds and words the differences between a sketch and a traced graph, once the
/// matcher has paired their nodes.</summary>
internal sealed class SketchDifferences(GraphSketch sketch, TracedPoints trace, SketchMatcher m)
{
    private readonly List<SketchDifference> found = [];
    private readonly ComputationGraph graph = trace.Graph;

    public List<SketchDifference> Find()
    {
        Inputs();
        foreach (var t in TraceOps()) PairedOrMissing(t);
        foreach (var s in sketch.Nodes.Where(s => s.Kind is NodeKind.Operation or NodeKind.Output && !m.ToTrace.ContainsKey(s.Name))) Extra(s);
        Edges();
        return found;
    }

    private IEnumerable<GraphNode> TraceOps() => graph.Nodes.Where(n => n.Kind is NodeKind.Operation or NodeKind.Output);

    private IEnumerable<SketchNode> SketchUsers(string name) => sketch.Nodes.Where(n => m.Operands(n).Contains(name));

    private IEnumerable<GraphNode> TraceUsers(int id) => TraceOps().Where(u => trace.OperandNodes(u.Id).Contains(id));

    /// <summary>A traced node's name, with the learner's name for it when that differs: "x²y (your p)".</summary>
    private string Both(int id)
    {
        string name = graph.Node(id).DisplayName;
        return m.ToSketch.TryGetValue(id, out var s) && s != name ? $"{name} (your {s})" : name;
    }

    /// <summary>A traced node by the learner's name when paired, else by its expression.</summary>
    private string Learner(int id) => m.ToSketch.TryGetValue(id, out var s) ? s : graph.Node(id).DisplayName;

    private void Inputs()
    {
        foreach (var t in graph.Nodes.Where(n => n.Kind == NodeKind.Input && !m.ToSketch.ContainsKey(n.Id)))
            found.Add(new(SketchDifferenceKind.MissingInput,
                $"f has an input {t.DisplayName}; your sketch has none: declare it ({string.Join(", ", graph.Nodes.Where(n => n.Kind == NodeKind.Input).Select(n => n.DisplayName))}: input) and draw its edges.")
                { TraceNode = t.Id });
        foreach (var s in sketch.Inputs.Where(s => !m.ToTrace.ContainsKey(s.Name)))
        {
            var twin = SketchUsers(s.Name).Select(u => m.ToTrace.GetValueOrDefault(u.Name, -1)).Where(id => id >= 0)
                .SelectMany(trace.OperandNodes).Where(id => graph.Node(id).Kind == NodeKind.Input).Select(id => graph.Node(id).DisplayName).FirstOrDefault();
            found.Add(new(SketchDifferenceKind.ExtraInput, twin is null
                ? $"Your sketch has an input {s.Name} that f does not have (f's inputs are {string.Join(", ", graph.Nodes.Where(n => n.Kind == NodeKind.Input).Select(n => n.DisplayName))})."
                : $"Your sketch has an input {s.Name} that f does not have: use {twin} itself. A variable is one node, with an edge to every operation that uses it.")
                { SketchNode = s.Name });
        }
        foreach (var t in graph.Nodes.Where(n => n.Kind == NodeKind.Input && m.ToSketch.ContainsKey(n.Id))) Uses(t, m.ToSketch[t.Id]);
    }

    // "x used once": an input feeds fewer of f's operations in the sketch than in f.
    private void Uses(GraphNode input, string name)
    {
        var traceUsers = TraceUsers(input.Id).ToList();
        var sketchUsers = SketchUsers(name).ToList();
        var covered = sketchUsers.Select(u => m.ToTrace.GetValueOrDefault(u.Name, -1)).ToHashSet();
        var missed = traceUsers.Where(u => !covered.Contains(u.Id)).ToList();
        if (missed.Count == 0 || sketchUsers.Count >= traceUsers.Count) return; // other differences say what is wrong
        string feeds = sketchUsers.Count == 0 ? "feeds no operation"
            : $"feeds {Count(sketchUsers.Count)} operation{(sketchUsers.Count == 1 ? "" : "s")} ({string.Join(", ", sketchUsers.Select(u => u.Name))})";
        found.Add(new(SketchDifferenceKind.InputUsedTooFew,
            $"In your sketch {name} {feeds}; f uses {name} {Times(traceUsers.Count)}: through {string.Join(" and through ", traceUsers.Select(u => Both(u.Id)))}.")
            { SketchNode = name, TraceNode = input.Id });
    }

    private void PairedOrMissing(GraphNode t)
    {
        if (!m.ToSketch.TryGetValue(t.Id, out var name))
        {
            var users = TraceUsers(t.Id).Select(u => Both(u.Id)).ToList();
            found.Add(new(SketchDifferenceKind.MissingNode,
                $"f computes {t.DisplayName} from {string.Join(" and ", trace.OperandNodes(t.Id).Select(Both))}{(users.Count == 0 ? "" : " and uses it in " + string.Join(" and ", users))}; your sketch has no node for it.")
                { TraceNode = t.Id });
            return;
        }
        var s = sketch.Node(name);
        var kind = m.Kind[name];
        if (kind == PairKind.WrongOperation)
            found.Add(new(SketchDifferenceKind.WrongOperation, s.Op == t.Op
                ? $"{name} = {s.Definition} takes its operands in the other order: f computes {t.DisplayName}."
                : $"{name} = {s.Definition} has the right operand{(s.OperandNodes.Count() == 1 ? "" : "s")} but the wrong operation: f computes {t.DisplayName} there ({Primitives.Of(t.Op).Symbol}, not {Primitives.Of(s.Op).Symbol}).")
                { SketchNode = name, TraceNode = t.Id });
        else if (kind == PairKind.WrongOperands)
            found.Add(new(SketchDifferenceKind.WrongOperands,
                $"{name} = {s.Definition}: f computes {t.DisplayName} from {string.Join(" and ", trace.OperandNodes(t.Id).Select(Both))}, but your {name} uses {string.Join(" and ", m.Operands(s))}.")
                { SketchNode = name, TraceNode = t.Id });
    }

    private void Extra(SketchNode s)
    {
        bool unused = s.Kind != NodeKind.Output && !SketchUsers(s.Name).Any();
        string text = $"Your sketch has {s.Name} = {s.Definition}, which f does not compute{(unused ? " (and no node uses it)" : "")}.";
        if (DerivativeItMatches(s) is { } edge)
            text += $" {s.Definition} is the local derivative on the edge {Learner(edge.Parent)} → {Learner(edge.Child)}: write it after ':' on that edge, not as a node.";
        found.Add(new(SketchDifferenceKind.ExtraNode, text) { SketchNode = s.Name });
    }

    // A derivative drawn as a node: its value equals some edge's local derivative at every point.
    private (int Parent, int Child)? DerivativeItMatches(SketchNode s)
    {
        foreach (var e in TraceEdges())
            if (Enumerable.Range(0, trace.Count).All(k => SketchMatcher.Close(m.ValueAt(k, s.Name), trace.Local(k, e.Parent, e.Child))))
                return e;
        return null;
    }

    private IEnumerable<(int Parent, int Child)> TraceEdges() =>
        graph.Edges.Where(e => graph.Node(e.Parent).Kind != NodeKind.Constant).Select(e => (e.Parent, e.Child)).Distinct();

    private void Edges()
    {
        var sketchEdges = sketch.Nodes.SelectMany(n => m.Operands(n).Select(o => (From: o, To: n.Name))).ToList();
        foreach (var (p, c) in TraceEdges())
        {
            string? sp = m.ToSketch.GetValueOrDefault(p), sc = m.ToSketch.GetValueOrDefault(c);
            if (sp is null || sc is null || !sketchEdges.Contains((sp, sc)))
                found.Add(new(SketchDifferenceKind.MissingEdge, $"f has an edge {Both(p)} → {Both(c)}.") { TraceEdge = (p, c), IsStated = false });
            else if (m.Kind[sc] == PairKind.Same) Derivative(p, c, sp, sc);
        }
        foreach (var (from, to) in sketchEdges)
        {
            bool inF = m.ToTrace.TryGetValue(from, out int p) && m.ToTrace.TryGetValue(to, out int c) && TraceEdges().Contains((p, c));
            if (!inF)
                found.Add(new(SketchDifferenceKind.ExtraEdge, $"Your edge {from} → {to} is not in f.") { SketchEdge = (from, to), IsStated = false });
        }
    }

    private void Derivative(int p, int c, string sp, string sc)
    {
        var lines = sketch.Edges.Where(e => e.From == sp && e.To == sc).ToList();
        for (int k = 0; k < trace.Count; k++)
        {
            double got = lines.Sum(e => e.Formula.Evaluate(n => m.ValueAt(k, n)));
            double expected = trace.Local(k, p, c);
            if (SketchMatcher.Close(got, expected)) continue;
            string learner = string.Join(" + ", lines.Select(e => e.Derivative));
            string edge = $"{sp} → {sc}";
            string inF = graph.Node(p).DisplayName != sp || graph.Node(c).DisplayName != sc ? $" ({graph.Node(p).DisplayName} → {graph.Node(c).DisplayName} in f)" : "";
            found.Add(new(SketchDifferenceKind.WrongDerivative,
                $"The edge {edge}{inF} carries {CorrectFormula(p, c)}, not {learner}.{Why(p, c, got, k)} At {At(k)}: ∂{sc}/∂{sp} = {MessageNumber.Text(expected)}, your formula gives {MessageNumber.Text(got)}.")
                { SketchEdge = (sp, sc), TraceEdge = (p, c) });
            return;
        }
    }

    private string CorrectFormula(int p, int c)
    {
        var e = trace.Entry(c);
        string Name(int id) => id < 0 ? "" : graph.Nodes.Any(n => n.Id == id) && graph.Node(id).Kind != NodeKind.Constant ? Learner(id) : MessageNumber.Text(trace.Primal(0, id));
        return EdgeFormulaText.Of(e, p, Name, id => trace.Primal(0, id));
    }

    // The learner's derivative is the other operand's: a product's factors swapped, most often.
    private string Why(int p, int c, double got, int k)
    {
        foreach (int other in trace.OperandNodes(c).Where(o => o != p))
            if (SketchMatcher.Close(got, trace.Local(k, other, c)))
                return trace.Entry(c).Op == Op.Mul
                    ? $" That is the derivative on the edge {Learner(other)} → {Learner(c)}: on a product, each factor's edge carries the other factor."
                    : $" That is the derivative on the edge {Learner(other)} → {Learner(c)}.";
        return SketchMatcher.Close(got, -trace.Local(k, p, c)) ? " The sign is flipped." : "";
    }

    private string At(int k) => "(" + string.Join(", ", graph.Nodes.Where(n => n.Kind == NodeKind.Input).Select(n => $"{n.DisplayName} = {MessageNumber.Text(trace.Primal(k, n.Id))}")) + ")";


    private static string Count(int n) => n switch { 1 => "one", 2 => "two", 3 => "three", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static string Times(int n) => n switch { 1 => "once", 2 => "twice", _ => Count(n) + " times" };
}
