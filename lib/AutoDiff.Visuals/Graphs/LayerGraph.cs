namespace AutoDiff.Visuals;

/// <summary>
/// The graph prepared for layered drawing: each drawn box and each dummy (a point where an edge
/// that skips layers crosses a layer) is a vertex with a layer; every link joins adjacent layers.
/// </summary>
/// <remarks>Layering is longest path from the leaves (every edge points right), then, walking
/// back from the output, each node moves right until it sits one layer before its first use
/// ("as late as possible"): inputs and the products of a long sum sit beside the operation that
/// reads them instead of piling up in the first columns.</remarks>
internal sealed class LayerGraph
{
    public const double DummyHeight = 10;

    public List<int> Layer { get; } = [];
    public List<double> Height { get; } = [];
    public List<List<int>> Pred { get; } = [];
    public List<List<int>> Succ { get; } = [];
    public int RealCount { get; }

    /// <summary>For each distinct (from, to) box pair, the vertices its drawn edge passes through.</summary>
    public Dictionary<(int From, int To), List<int>> Chains { get; } = [];

    public LayerGraph(IReadOnlyList<NodeBox> boxes, IReadOnlyList<(int From, int To)> links)
    {
        RealCount = boxes.Count;
        var position = new Dictionary<int, int>();
        for (int i = 0; i < boxes.Count; i++)
        {
            position[boxes[i].Key] = i;
            Add(0, boxes[i].Height);
        }
        var pairs = links.Distinct().Select(l => (From: position[l.From], To: position[l.To])).ToList();
        AssignLayers(boxes, pairs);
        foreach (var (from, to) in pairs)
        {
            var chain = new List<int> { from };
            for (int layer = Layer[from] + 1; layer < Layer[to]; layer++) chain.Add(Add(layer, DummyHeight));
            chain.Add(to);
            for (int k = 1; k < chain.Count; k++)
            {
                Succ[chain[k - 1]].Add(chain[k]);
                Pred[chain[k]].Add(chain[k - 1]);
            }
            Chains[(boxes[from].Key, boxes[to].Key)] = chain;
        }
    }

    public int LayerCount => Layer.Count == 0 ? 0 : Layer.Max() + 1;

    private int Add(int layer, double height)
    {
        Layer.Add(layer);
        Height.Add(height);
        Pred.Add([]);
        Succ.Add([]);
        return Layer.Count - 1;
    }

    // Box keys grow in evaluation order (the "more" box is -1, before all), so sorting by key is
    // a topological order: one pass gives longest-path layers, no recursion.
    private void AssignLayers(IReadOnlyList<NodeBox> boxes, List<(int From, int To)> pairs)
    {
        var order = Enumerable.Range(0, boxes.Count).OrderBy(i => boxes[i].Key).ToList();
        var parents = pairs.ToLookup(p => p.To, p => p.From);
        var children = pairs.ToLookup(p => p.From, p => p.To);
        foreach (int v in order)
            Layer[v] = parents[v].Select(p => Layer[p] + 1).DefaultIfEmpty(0).Max();
        for (int k = order.Count - 1; k >= 0; k--)
        {
            int v = order[k];
            if (children[v].Any()) Layer[v] = children[v].Min(c => Layer[c]) - 1;
        }
    }
}
