namespace AutoDiff.Sketch;

/// <summary>How a sketch node corresponds to a traced node.</summary>
public enum PairKind
{
    /// <summary>Same operands, same function of them (x·x for x², a·b for b·a).</summary>
    Same,
    /// <summary>Same operands, another operation (cos x where f has sin x).</summary>
    WrongOperation,
    /// <summary>Another set of operands (sin of x² where f has sin x).</summary>
    WrongOperands,
}

/// <summary>
/// Pairs sketch nodes with traced nodes by structure and operation, never by name or order:
/// inputs by name, then, from the inputs up, a sketch node whose operands are paired with a traced
/// node's operands and which computes the same value from them at every traced point. Nodes left
/// over are paired by the strongest likeness (same operands, same operation, shared neighbours),
/// so that one mistake does not make everything downstream look wrong.
/// </summary>
internal sealed class SketchMatcher
{
    private readonly GraphSketch sketch;
    private readonly TracedPoints trace;
    private readonly List<int> traceOps;
    private readonly List<SketchNode> sketchOps;

    public SketchMatcher(GraphSketch sketch, TracedPoints trace)
    {
        this.sketch = sketch;
        this.trace = trace;
        traceOps = trace.Graph.Nodes.Where(n => n.Kind is NodeKind.Operation or NodeKind.Output).Select(n => n.Id).ToList();
        sketchOps = sketch.Nodes.Where(n => n.Kind is NodeKind.Operation or NodeKind.Output).ToList();
        foreach (var input in sketch.Inputs)
            if (trace.Graph.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Input && n.Label == input.Name) is { } t)
                Pair(input.Name, t.Id, PairKind.Same);
        while (ExactPass() || LikenessPass()) { }
    }

    public Dictionary<string, int> ToTrace { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, string> ToSketch { get; } = [];

    public Dictionary<string, PairKind> Kind { get; } = new(StringComparer.Ordinal);

    /// <summary>The operand nodes of a sketch node that are not constants.</summary>
    public IEnumerable<string> Operands(SketchNode n) => n.OperandNodes.Where(o => sketch.Node(o).Kind != NodeKind.Constant);

    /// <summary>The value of a sketch node at a traced point: the traced value when it is paired,
    /// else computed from its operands.</summary>
    public double ValueAt(int point, string name)
    {
        if (ToTrace.TryGetValue(name, out int id)) return trace.Primal(point, id);
        var node = sketch.Node(name);
        return node.Kind == NodeKind.Input ? double.NaN : node.Apply(o => ValueAt(point, o));
    }

    /// <summary>True when sketch node <paramref name="s"/> computes traced node <paramref name="t"/>'s
    /// value from the paired operands at every point.</summary>
    public bool SameFunction(SketchNode s, int t)
    {
        for (int k = 0; k < trace.Count; k++)
        {
            double got = s.Apply(o => ToTrace.TryGetValue(o, out int id) ? trace.Primal(k, id)
                : sketch.Node(o).Kind == NodeKind.Constant ? sketch.Node(o).Apply(_ => 0) : double.NaN);
            if (!Close(got, trace.Primal(k, t))) return false;
        }
        return true;
    }

    public static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private bool SameOperands(SketchNode s, int t)
    {
        var mapped = Operands(s).Select(o => ToTrace.TryGetValue(o, out int id) ? id : -1).ToHashSet();
        return mapped.SetEquals(trace.OperandNodes(t));
    }

    private bool ExactPass()
    {
        foreach (int t in traceOps.Where(t => !ToSketch.ContainsKey(t)))
            if (sketchOps.FirstOrDefault(s => !ToTrace.ContainsKey(s.Name) && SameOperands(s, t) && SameFunction(s, t)) is { } s)
            {
                Pair(s.Name, t, PairKind.Same);
                return true;
            }
        return false;
    }

    // Bottom-up: the first unpaired traced node (in evaluation order) that has a likely partner
    // takes its best one, so that an output is not paired before the nodes that feed it.
    private bool LikenessPass()
    {
        foreach (int t in traceOps.Where(t => !ToSketch.ContainsKey(t)))
        {
            (int Score, SketchNode? S) best = (1, null);
            foreach (var s in sketchOps.Where(s => !ToTrace.ContainsKey(s.Name)))
            {
                int score = Likeness(s, t);
                if (score > best.Score) best = (score, s);
            }
            if (best.S is null) continue;
            Pair(best.S.Name, t, SameOperands(best.S, t) ? PairKind.WrongOperation : PairKind.WrongOperands);
            return true;
        }
        return false;
    }

    private int Likeness(SketchNode s, int t)
    {
        var traceOperands = trace.OperandNodes(t).ToHashSet();
        int shared = Operands(s).Count(o => ToTrace.TryGetValue(o, out int id) && traceOperands.Contains(id));
        var traceUsers = traceOps.Where(u => trace.OperandNodes(u).Contains(t)).ToHashSet();
        int sharedUsers = sketchOps.Count(u => Operands(u).Contains(s.Name) && ToTrace.TryGetValue(u.Name, out int id) && traceUsers.Contains(id));
        return (SameOperands(s, t) ? 4 : 0) + (s.Op == trace.Entry(t).Op ? 2 : 0) + shared + sharedUsers
            + (s.Kind == NodeKind.Output && t == trace.OutputId ? 3 : 0);
    }

    private void Pair(string s, int t, PairKind kind)
    {
        ToTrace[s] = t;
        ToSketch[t] = s;
        Kind[s] = kind;
    }
}
