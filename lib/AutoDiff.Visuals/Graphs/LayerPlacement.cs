namespace AutoDiff.Visuals;

/// <summary>
/// Vertical placement: each vertex wants to sit level with its neighbours in the layer last
/// placed; within a layer the order is fixed and neighbours keep a minimum gap. The closest
/// positions to the wishes under those constraints are an isotonic regression, solved exactly by
/// pool-adjacent-violators. A node whose operands differ in depth lines up with the deepest one
/// (its "spine"), so a long sum such as Σ wᵢxᵢ draws as one straight line with its terms hanging
/// beside it, rather than drifting into a staircase as averaging would.
/// </summary>
internal static class LayerPlacement
{
    // Sweep counts tried; each is odd, so placement starts and ends towards the output. More
    // sweeps level each operation with its operands; fewer keep long sums compact. The shortest
    // drawing wins, ties going to more sweeps.
    private static readonly int[] SweepCounts = [15, 5, 1];

    /// <summary>Centre y of every vertex (top of the drawing at 0).</summary>
    public static double[] Place(LayerGraph g, List<List<int>> layers, double gap)
    {
        double[]? best = null;
        double bestHeight = double.MaxValue;
        foreach (int sweeps in SweepCounts)
        {
            var y = Place(g, layers, gap, sweeps);
            double height = Enumerable.Range(0, y.Length).Select(v => y[v] + g.Height[v] / 2).DefaultIfEmpty(0).Max();
            if (height < bestHeight - 1)
            {
                best = y;
                bestHeight = height;
            }
        }
        return best!;
    }

    private static double[] Place(LayerGraph g, List<List<int>> layers, double gap, int sweeps)
    {
        var y = new double[g.Layer.Count];
        var spine = Spines(g, layers);
        foreach (var layer in layers) Pack(g, layer, layer.Select(_ => 0.0).ToArray(), layer.Select(_ => 1.0).ToArray(), y, gap);
        for (int sweep = 0; sweep < sweeps; sweep++)
        {
            bool down = sweep % 2 == 0;
            for (int k = 0; k < layers.Count; k++)
            {
                var layer = layers[down ? k : layers.Count - 1 - k];
                var wish = layer.Select(v => down ? DownWish(g, spine, v, y) : UpWish(g, spine, v, y)).ToArray();
                Pack(g, layer, wish, layer.Select(v => Weight(g, spine, v, down)).ToArray(), y, gap);
            }
        }
        double top = Enumerable.Range(0, y.Length).Select(v => y[v] - g.Height[v] / 2).DefaultIfEmpty(0).Min();
        for (int v = 0; v < y.Length; v++) y[v] -= top;
        return y;
    }

    private static double DownWish(LayerGraph g, int[] spine, int v, double[] y) =>
        spine[v] >= 0 ? y[spine[v]] : g.Pred[v].Count == 0 ? y[v] : g.Pred[v].Average(p => y[p]);

    // Towards the inputs, a node follows only the users it is the spine of (or that have none).
    private static double UpWish(LayerGraph g, int[] spine, int v, double[] y)
    {
        var users = g.Succ[v].Where(s => spine[s] == v || spine[s] < 0).ToList();
        return users.Count == 0 ? y[v] : users.Average(s => y[s]);
    }

    // The operand of greatest depth (longest path from a leaf), or -1 when there is no single one.
    private static int[] Spines(LayerGraph g, List<List<int>> layers)
    {
        var depth = new int[g.Layer.Count];
        var spine = new int[g.Layer.Count];
        foreach (var layer in layers)
            foreach (int v in layer)
            {
                spine[v] = -1;
                if (g.Pred[v].Count == 0) continue;
                int deepest = g.Pred[v].Max(p => depth[p]);
                depth[v] = deepest + 1;
                var candidates = g.Pred[v].Where(p => depth[p] == deepest).Distinct().ToList();
                if (candidates.Count == 1) spine[v] = candidates[0];
            }
        return spine;
    }

    // Positions y_i = z_i + offset_i where offset_i accumulates the least centre distances, so the
    // gap constraints become z non-decreasing: fit z to (wish − offset) by weighted pool-adjacent-violators.
    // Who gives way when wishes collide: leaves and spine links hold their place (they are what
    // keeps chains straight and terms together); a node joining two equal operands moves.
    private static double Weight(LayerGraph g, int[] spine, int v, bool down) =>
        g.Pred[v].Count == 0 || spine[v] >= 0 || (!down && g.Succ[v].Any(s => spine[s] == v)) ? 50 : 1;

    private static void Pack(LayerGraph g, List<int> layer, double[] wish, double[] weight, double[] y, double gap)
    {
        int n = layer.Count;
        var offset = new double[n];
        for (int i = 1; i < n; i++)
            offset[i] = offset[i - 1] + (g.Height[layer[i - 1]] + g.Height[layer[i]]) / 2 + gap;
        var blocks = new List<(double Sum, double Weight, int Count)>();
        for (int i = 0; i < n; i++)
        {
            blocks.Add((weight[i] * (wish[i] - offset[i]), weight[i], 1));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Weight > blocks[^1].Sum / blocks[^1].Weight)
            {
                var last = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (blocks[^1].Sum + last.Sum, blocks[^1].Weight + last.Weight, blocks[^1].Count + last.Count);
            }
        }
        int idx = 0;
        foreach (var (sum, w, count) in blocks)
            for (int c = 0; c < count; c++, idx++)
                y[layer[idx]] = sum / w + offset[idx];
    }
}
