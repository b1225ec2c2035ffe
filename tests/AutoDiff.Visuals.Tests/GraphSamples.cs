namespace AutoDiff.Visuals.Tests;

/// <summary>The graphs the drawing is checked on, each traced and differentiated.</summary>
public static class GraphSamples
{
    /// <summary>The lesson's mini-project f(x, y) = x²y + sin x at (2, 3).</summary>
    public static ComputationGraph MiniProject(double x0 = 2, double y0 = 3)
    {
        var t = new Tape();
        var x = t.Variable(x0, "x");
        var y = t.Variable(y0, "y");
        var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
        f.Backward();
        return f.ToGraph();
    }

    /// <summary>A diamond: x feeds sin x and cos x, which meet again in f = sin x · cos x.</summary>
    public static ComputationGraph Diamond(double x0 = 0.7)
    {
        var t = new Tape();
        var x = t.Variable(x0, "x");
        var f = (Value.Sin(x) * Value.Cos(x)).Named("f");
        f.Backward();
        return f.ToGraph();
    }

    /// <summary>One neuron tanh(Σ wᵢxᵢ + b) over <paramref name="inputs"/> inputs: 4n + 2 nodes.</summary>
    public static ComputationGraph Neuron(int inputs = 15)
    {
        var t = new Tape();
        Value sum = default;
        for (int i = 0; i < inputs; i++)
        {
            var w = t.Variable(Math.Sin(i + 1) * 0.5, $"w{i + 1}");
            var x = t.Variable(Math.Cos(i * 0.7), $"x{i + 1}");
            sum = i == 0 ? w * x : sum + w * x;
        }
        var b = t.Variable(0.1, "b");
        var o = Value.Tanh(sum + b).Named("out");
        o.Backward();
        return o.ToGraph();
    }

    /// <summary>A wide graph: Σ sin xᵢ over <paramref name="terms"/> terms, summed pairwise as a
    /// balanced tree so one depth holds every term.</summary>
    public static ComputationGraph WideSum(int terms = 200)
    {
        var t = new Tape();
        var level = Enumerable.Range(0, terms).Select(i => Value.Sin(t.Variable(i * 0.01, $"x{i}"))).ToList();
        while (level.Count > 1)
        {
            var next = new List<Value>();
            for (int i = 0; i + 1 < level.Count; i += 2) next.Add(level[i] + level[i + 1]);
            if (level.Count % 2 == 1) next.Add(level[^1]);
            level = next;
        }
        var f = level[0].Named("f");
        f.Backward();
        return f.ToGraph();
    }

    /// <summary>A deep chain sin(sin(…sin x)) of <paramref name="nodes"/> nodes.</summary>
    public static ComputationGraph DeepChain(int nodes = 10_000)
    {
        var t = new Tape(nodes);
        var v = t.Variable(1.0, "x");
        for (int i = 1; i < nodes; i++) v = Value.Sin(v);
        v = v.Named("f");
        v.Backward();
        return v.ToGraph();
    }

    /// <summary>A graph whose labels try to inject markup.</summary>
    public static ComputationGraph Hostile()
    {
        var t = new Tape();
        var x = t.Variable(1, "<script>alert(1)</script>");
        var y = t.Variable(2, "a&b \"q\" 'r'");
        var f = (x * y).Named("</svg><img src=x onerror=alert(2)>");
        f.Backward();
        return f.ToGraph();
    }
}
