namespace AutoDiff.Sketch;

/// <summary>
/// A computation graph drawn by hand, as text, without tracing anything. One line per input list,
/// per node and per edge:
/// <code>
/// x, y: input
/// sq = x^2          # one operation per node, on node names and numbers
/// p  = sq * y
/// s  = sin x
/// f  = p + s        # the node nothing else uses is the output
/// x  -> sq : 2x     # every edge with its local derivative ∂sq/∂x, a formula in node names
/// sq -> p  : y
/// y  -> p  : sq
/// x  -> s  : cos x
/// p  -> f  : 1
/// s  -> f  : 1
/// </code>
/// <see cref="WithValues"/> adds the forward value and the adjoint of each node at a point.
/// <see cref="SketchComparison"/> compares a sketch with the graph traced from a function.
/// </summary>
public sealed class GraphSketch
{
    private readonly Dictionary<string, SketchNode> byName;

    private GraphSketch(IReadOnlyList<SketchNode> nodes, IReadOnlyList<SketchEdge> edges, IReadOnlyDictionary<string, SketchNumbers> numbers)
    {
        Nodes = nodes;
        Edges = edges;
        Numbers = numbers;
        byName = nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        Output = nodes.Last(n => n.Kind == NodeKind.Output);
    }

    /// <summary>The nodes in evaluation order (every operand before the nodes that use it).</summary>
    public IReadOnlyList<SketchNode> Nodes { get; }

    /// <summary>The edges with their local derivatives, in the order written.</summary>
    public IReadOnlyList<SketchEdge> Edges { get; }

    /// <summary>The output: the operation no other node uses (of several such, the one computed from the most nodes).</summary>
    public SketchNode Output { get; }

    /// <summary>The inputs, in the order declared.</summary>
    public IEnumerable<SketchNode> Inputs => Nodes.Where(n => n.Kind == NodeKind.Input);

    /// <summary>The numbers filled in with <see cref="WithValues"/>, by node name (empty before).</summary>
    public IReadOnlyDictionary<string, SketchNumbers> Numbers { get; }

    /// <summary>The node called <paramref name="name"/>.</summary>
    public SketchNode Node(string name) => byName.TryGetValue(name, out var n) ? n
        : throw new KeyNotFoundException($"The sketch has no node {name}: its nodes are {string.Join(", ", Nodes.Select(x => x.Name))}.");

    /// <summary>Reads a sketch (see the class summary for the notation).</summary>
    /// <exception cref="SketchFormatException">A line cannot be read or contradicts another; the
    /// message names the line, the token and what to write instead.</exception>
    public static GraphSketch Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (nodes, edges) = SketchParser.Read(text);
        var ordered = SketchValidation.Check(nodes, edges);
        var used = new HashSet<string>(ordered.SelectMany(n => n.OperandNodes), StringComparer.Ordinal);
        // Of several nodes nothing uses, the output is the one computed from the most nodes.
        var output = ordered.Where(n => n.Kind == NodeKind.Operation && !used.Contains(n.Name))
            .Select((n, i) => (Node: n, Size: Ancestors(n, ordered).Count, Index: i))
            .OrderByDescending(c => c.Size).ThenByDescending(c => c.Index).First().Node;
        var withOutput = ordered.Select(n => ReferenceEquals(n, output) ? n with { Kind = NodeKind.Output } : n).ToList();
        return new GraphSketch(withOutput, edges, new Dictionary<string, SketchNumbers>());
    }

    private static HashSet<string> Ancestors(SketchNode node, List<SketchNode> nodes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(node.OperandNodes);
        while (stack.TryPop(out var name))
            if (seen.Add(name))
                foreach (var o in nodes.First(n => n.Name == name).OperandNodes) stack.Push(o);
        return seen;
    }

    /// <summary>
    /// This sketch with the numbers at a point filled in, one line per node:
    /// <c>x: value 1.2, grad 6.36</c>. Each number may be a calculation (2*1.2*2.5 + cos(1.2)).
    /// </summary>
    /// <exception cref="SketchFormatException">A line cannot be read or names no node of the sketch.</exception>
    public GraphSketch WithValues(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new GraphSketch(Nodes, Edges, SketchValuesParser.Read(text, this));
    }

    /// <summary>The forward value of every node with the inputs at <paramref name="inputs"/> (in
    /// the order the inputs are declared), computed from the sketch's own definitions.</summary>
    public IReadOnlyDictionary<string, double> Evaluate(params double[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var names = Inputs.Select(n => n.Name).ToList();
        if (inputs.Length != names.Count)
            throw new ArgumentException($"The sketch has {names.Count} inputs ({string.Join(", ", names)}): give one value for each.", nameof(inputs));
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++) values[names[i]] = inputs[i];
        foreach (var n in Nodes.Where(n => n.Kind != NodeKind.Input)) values[n.Name] = n.Apply(v => values[v]);
        return values;
    }

    /// <summary>
    /// What the sketch says at a point, as a <see cref="ComputationGraph"/>: forward values from the
    /// definitions, each edge's local derivative from the learner's formula, and adjoints from a
    /// backward sweep over those edges. Draw it, or export it with ToMermaid/ToDot.
    /// </summary>
    public ComputationGraph ToGraph(params double[] inputs)
    {
        var values = Evaluate(inputs);
        var adjoints = new Dictionary<string, double>(StringComparer.Ordinal) { [Output.Name] = 1 };
        foreach (var node in Nodes.Reverse())
            foreach (var e in Edges.Where(e => e.To == node.Name))
                adjoints[e.From] = adjoints.GetValueOrDefault(e.From) + adjoints.GetValueOrDefault(node.Name) * e.Formula.Evaluate(v => values[v]);
        return SketchGraph.Build(this, n => values[n], n => adjoints.GetValueOrDefault(n), e => e.Formula.Evaluate(v => values[v]));
    }

    /// <summary>The sketch as the learner filled it in (<see cref="WithValues"/>): numbers not
    /// given are NaN, and so are local derivatives that need one.</summary>
    public ComputationGraph ToFilledGraph()
    {
        double Value(string n) => Numbers.TryGetValue(n, out var v) && v.Value is { } x ? x : double.NaN;
        return SketchGraph.Build(this, Value,
            n => Numbers.TryGetValue(n, out var v) && v.Adjoint is { } g ? g : double.NaN,
            e => e.Formula.Evaluate(Value));
    }

    /// <summary>Mermaid flowchart text of <see cref="ToGraph"/> at <paramref name="inputs"/>.</summary>
    public string ToMermaid(params double[] inputs) => ToGraph(inputs).ToMermaid();

    /// <summary>Graphviz DOT text of <see cref="ToGraph"/> at <paramref name="inputs"/>.</summary>
    public string ToDot(params double[] inputs) => ToGraph(inputs).ToDot();

    /// <inheritdoc/>
    public override string ToString() =>
        $"Sketch of {Output.Name}: {Nodes.Count} nodes ({string.Join(", ", Nodes.Select(n => n.Kind == NodeKind.Input ? n.Name : $"{n.Name} = {n.Definition}"))}), {Edges.Count} edges";
}
