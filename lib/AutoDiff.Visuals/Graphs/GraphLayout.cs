namespace AutoDiff.Visuals;

/// <summary>A box placed on the canvas (top-left corner and size, px).</summary>
internal readonly record struct PlacedBox(NodeBox Box, double X, double Y, double ColumnRight)
{
    public double Right => X + Box.Width;
    public double Bottom => Y + Box.Height;
    public double CenterY => Y + Box.Height / 2;
}

/// <summary>Where everything goes: each box, and the points an edge that skips layers runs
/// through (a straight run across each skipped column, clear of the boxes in it).</summary>
internal sealed record LayoutResult(IReadOnlyDictionary<int, PlacedBox> Boxes, IReadOnlyDictionary<(int From, int To), IReadOnlyList<(double X, double Y)>> Bends, double Width, double Height);

/// <summary>
/// Layered left-to-right layout: layers (<see cref="LayerGraph"/>), order within layers
/// (<see cref="LayerOrdering"/>), heights (<see cref="LayerPlacement"/>), then columns as wide
/// as their widest box with boxes left-aligned, so the gap before each column is free for edge
/// labels.
/// </summary>
/// <remarks>
/// We first used GraphShape's SugiyamaLayoutAlgorithm (1.2.1). It worked, but on the lesson's
/// graphs its compaction drew a 62-node neuron tanh(Σ wᵢxᵢ + b) as a staircase 2,300–4,200 px
/// tall, where the widest layer holds four boxes; this layout draws the same graph a few hundred
/// px tall, is deterministic by construction, and keeps labels clear of boxes. Only the drawn
/// part of a graph arrives here (see <see cref="GraphCollapse"/>), so the quadratic crossing
/// count stays cheap.
/// </remarks>
internal static class GraphLayout
{
    public const double LayerGap = 84;   // room for an edge-label pill between columns
    public const double SliceGap = 22;

    public static LayoutResult Place(IReadOnlyList<NodeBox> boxes, IReadOnlyList<(int From, int To)> links, double left, double top)
    {
        var g = new LayerGraph(boxes, links);
        var layers = LayerOrdering.Order(g);
        var y = LayerPlacement.Place(g, layers, SliceGap);
        var columnLeft = new double[layers.Count];
        var columnWidth = layers.Select(l => l.Where(v => v < g.RealCount).Select(v => boxes[v].Width).DefaultIfEmpty(0).Max()).ToArray();
        for (int i = 1; i < layers.Count; i++) columnLeft[i] = columnLeft[i - 1] + columnWidth[i - 1] + LayerGap;

        var placed = new Dictionary<int, PlacedBox>();
        for (int v = 0; v < g.RealCount; v++)
        {
            int layer = g.Layer[v];
            placed[boxes[v].Key] = new PlacedBox(boxes[v], R(left + columnLeft[layer]), R(top + y[v] - boxes[v].Height / 2),
                R(left + columnLeft[layer] + columnWidth[layer]));
        }
        var bends = new Dictionary<(int, int), IReadOnlyList<(double, double)>>();
        foreach (var (pair, chain) in g.Chains)
        {
            var points = new List<(double, double)>();
            foreach (int d in chain.Skip(1).Take(chain.Count - 2))
            {
                int layer = g.Layer[d];
                points.Add((R(left + columnLeft[layer]), R(top + y[d])));
                points.Add((R(left + columnLeft[layer] + columnWidth[layer]), R(top + y[d])));
            }
            bends[pair] = points;
        }
        return new LayoutResult(placed, bends, placed.Values.Max(p => p.Right), placed.Values.Max(p => p.Bottom));
    }

    private static double R(double v) => Math.Round(v, 2);
}
