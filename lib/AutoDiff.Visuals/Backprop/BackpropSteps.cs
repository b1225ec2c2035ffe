namespace AutoDiff.Visuals;

/// <summary>
/// The reverse sweep replayed node by node: for each node, the adjoint arriving over each edge,
/// the chain-rule product (upstream adjoint × local derivative) and the running sum.
/// </summary>
public static class BackpropSteps
{
    /// <summary>Most terms a frame lists; the rest are summed and counted (a node used a million
    /// times would otherwise make one frame, and one line of narration, a million terms long).</summary>
    public const int MaxTerms = 12;

    /// <summary>Every frame of the sweep, output first (the seed ∂f/∂f), then each node in
    /// reverse evaluation order with ∂f/∂v = Σ_c ∂f/∂c · ∂c/∂v, all from the adjoints the tape
    /// holds: run <c>Backward()</c> first (before it, every adjoint is 0).</summary>
    public static IReadOnlyList<BackpropFrame> Frames(ComputationGraph graph) => Frames(graph, _ => true);

    /// <summary>The step-through view: the graph with the visited node highlighted, and the
    /// frames. Where scripts run, first/previous/play/next controls show one frame at a time; with
    /// scripts off (GitHub's preview, an exported page) every frame stays visible as a strip of
    /// cards, so the page still reads right.</summary>
    public static string RenderHtml(ComputationGraph graph, GraphStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        style ??= GraphStyle.Default;
        int limit = Math.Min(style.MaxNodes, BackpropHtml.MaxFrames);
        return BackpropHtml.Render(graph, Frames(graph, k => k < limit), style);
    }

    /// <summary>The frames whose 0-based step index passes <paramref name="keep"/>, built from the
    /// adjoints the tape holds (the graph's <see cref="GraphNode.Adjoint"/>, the same numbers the
    /// drawing shows): each term is the child's adjoint × the edge's local derivative, and the
    /// frame's total is the node's adjoint. Only the frames asked for are built, so a million-node
    /// graph costs little.</summary>
    internal static IReadOnlyList<BackpropFrame> Frames(ComputationGraph graph, Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.Nodes.Count;
        if (n == 0) return [];
        var index = GraphCollapse.IndexById(graph);
        var (usesStart, uses) = EdgesByParent(graph, index);
        var into = EdgesByChild(graph, index);
        var frames = new List<BackpropFrame>();
        for (int v = n - 1; v >= 0; v--)
        {
            int step = n - 1 - v;
            if (!keep(step)) continue;
            var node = graph.Nodes[v];
            var terms = new List<BackpropTerm>();
            double sum = node.Id == graph.OutputId ? node.Adjoint : 0; // the seed, as often as Backward() added it
            for (int k = usesStart[v]; k < usesStart[v + 1] && terms.Count < MaxTerms; k++)
            {
                var edge = graph.Edges[uses[k]];
                var child = graph.Nodes[index[edge.Child]];
                double product = child.Adjoint * edge.LocalDerivative;
                sum += product;
                terms.Add(new BackpropTerm(edge, child, child.Adjoint, edge.LocalDerivative, product, sum));
            }
            var (sends, omitted) = Sends(graph, index, into, v);
            frames.Add(new BackpropFrame(step + 1, node, terms, node.Adjoint, usesStart[v + 1] - usesStart[v] - terms.Count)
            {
                Sends = sends,
                OmittedSends = omitted,
            });
        }
        return frames;
    }

    // A fused node's step passes its adjoint back over each of its n incoming edges, in operand
    // order: adjoint(operandₖ) += adjoint(node) · ∂node/∂operandₖ.
    private static (IReadOnlyList<BackpropSend> Sends, int Omitted) Sends(ComputationGraph graph, Dictionary<int, int> index,
        (int[] Start, int[] Edges) into, int v)
    {
        var node = graph.Nodes[v];
        if (!Primitives.Of(node.Op).IsFused) return ([], 0);
        var sends = new List<BackpropSend>();
        int count = into.Start[v + 1] - into.Start[v];
        foreach (var edge in Enumerable.Range(into.Start[v], count).Select(k => graph.Edges[into.Edges[k]]).OrderBy(e => e.Operand).Take(MaxTerms))
        {
            var operand = graph.Nodes[index[edge.Parent]];
            sends.Add(new BackpropSend(edge, operand, node.Adjoint, edge.LocalDerivative, node.Adjoint * edge.LocalDerivative));
        }
        return (sends, count - sends.Count);
    }

    // Edges grouped by parent (compressed rows), children in evaluation order within a group.
    private static (int[] Start, int[] Uses) EdgesByParent(ComputationGraph graph, Dictionary<int, int> index) =>
        Grouped(graph, index, e => e.Parent);

    // Edges grouped by child (compressed rows): the n incoming edges of a fused node.
    private static (int[] Start, int[] Edges) EdgesByChild(ComputationGraph graph, Dictionary<int, int> index) =>
        Grouped(graph, index, e => e.Child);

    private static (int[] Start, int[] Edges) Grouped(ComputationGraph graph, Dictionary<int, int> index, Func<GraphEdge, int> key)
    {
        int n = graph.Nodes.Count;
        var start = new int[n + 1];
        foreach (var e in graph.Edges) start[index[key(e)] + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var edges = new int[graph.Edges.Count];
        for (int k = 0; k < graph.Edges.Count; k++) edges[fill[index[key(graph.Edges[k])]]++] = k;
        return (start, edges);
    }
}
