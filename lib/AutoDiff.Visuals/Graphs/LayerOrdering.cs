namespace AutoDiff.Visuals;

/// <summary>
/// Orders the vertices inside each layer to reduce edge crossings: barycentric sweeps (each
/// vertex moves to the mean position of its neighbours in the layer just swept), alternating
/// down and up, keeping the order with the fewest crossings. Ties keep the previous order, so the
/// result is deterministic.
/// </summary>
internal static class LayerOrdering
{
    private const int Sweeps = 12;

    public static List<List<int>> Order(LayerGraph g)
    {
        var layers = Enumerable.Range(0, g.LayerCount).Select(_ => new List<int>()).ToList();
        for (int v = 0; v < g.Layer.Count; v++) layers[g.Layer[v]].Add(v);
        var best = Copy(layers);
        long bestCrossings = Crossings(g, layers);
        for (int sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            bool down = sweep % 2 == 0;
            for (int k = 1; k < layers.Count; k++)
            {
                int i = down ? k : layers.Count - 1 - k;
                var fixedLayer = layers[down ? i - 1 : i + 1];
                var rank = new Dictionary<int, int>();
                for (int r = 0; r < fixedLayer.Count; r++) rank[fixedLayer[r]] = r;
                var current = layers[i];
                var scale = (double)Math.Max(1, fixedLayer.Count) / Math.Max(1, current.Count);
                layers[i] = current
                    .Select((v, r) => (v, key: Barycentre(down ? g.Pred[v] : g.Succ[v], rank) ?? r * scale))
                    .OrderBy(p => p.key).Select(p => p.v).ToList();
            }
            long crossings = Crossings(g, layers);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = Copy(layers);
            }
        }
        return best;
    }

    private static double? Barycentre(List<int> neighbours, Dictionary<int, int> rank) =>
        neighbours.Count == 0 ? null : neighbours.Average(n => (double)rank[n]);

    // Two edges between the same pair of layers cross when their ends are in opposite order.
    private static long Crossings(LayerGraph g, List<List<int>> layers)
    {
        long total = 0;
        for (int i = 0; i + 1 < layers.Count; i++)
        {
            var rank = new Dictionary<int, int>();
            for (int r = 0; r < layers[i + 1].Count; r++) rank[layers[i + 1][r]] = r;
            var ends = new List<(int A, int B)>();
            for (int r = 0; r < layers[i].Count; r++)
                foreach (int s in g.Succ[layers[i][r]]) ends.Add((r, rank[s]));
            for (int a = 0; a < ends.Count; a++)
                for (int b = a + 1; b < ends.Count; b++)
                    if ((ends[a].A - ends[b].A) * (long)(ends[a].B - ends[b].B) < 0) total++;
        }
        return total;
    }

    private static List<List<int>> Copy(List<List<int>> layers) => layers.Select(l => l.ToList()).ToList();
}
