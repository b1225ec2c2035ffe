namespace AutoDiff.Visuals.Tests;

/// <summary>The layered layout itself, checked on its own numbers (the browser tests check what
/// chromium draws).</summary>
public sealed class LayoutTests
{
    public static TheoryData<string> Samples => ["mini-project", "diamond", "neuron", "wide-sum"];

    private static (LayoutResult Layout, List<(int From, int To)> Links) Lay(string name)
    {
        var graph = name switch
        {
            "mini-project" => GraphSamples.MiniProject(),
            "diamond" => GraphSamples.Diamond(),
            "neuron" => GraphSamples.Neuron(),
            _ => GraphSamples.WideSum(20),
        };
        var boxes = graph.Nodes.Select(n => NodeBox.For(n, showAdjoints: true)).ToList();
        var links = graph.Edges.Select(e => (e.Parent, e.Child)).ToList();
        return (GraphLayout.Place(boxes, links, 0, 0), links);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Place_EveryEdge_PointsLeftToRight(string name)
    {
        var (layout, links) = Lay(name);
        foreach (var (from, to) in links)
            Assert.True(layout.Boxes[from].Right + GraphLayout.LayerGap <= layout.Boxes[to].X + 0.01, $"{from} → {to}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Place_NoTwoBoxes_Overlap(string name)
    {
        var boxes = Lay(name).Layout.Boxes.Values.ToList();
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                bool apart = a.Right <= b.X || b.Right <= a.X || a.Bottom <= b.Y || b.Bottom <= a.Y;
                Assert.True(apart, $"{a.Box.Key} and {b.Box.Key} overlap");
            }
    }

    [Fact]
    public void Place_Neuron_IsCompact()
    {
        // 62 nodes, at most 4 boxes share a layer: the drawing should be a few boxes tall, not a staircase.
        var layout = Lay("neuron").Layout;
        double boxHeight = layout.Boxes.Values.Max(b => b.Box.Height);
        Assert.True(layout.Height < 8 * boxHeight, $"height {layout.Height}");
    }

    [Fact]
    public void NodeBox_LongerLabel_GivesWiderBox()
    {
        var t = new Tape();
        var shortName = t.Variable(1, "x");
        var longName = t.Variable(1, "a rather long variable name");
        Assert.True(NodeBox.For(longName.ToGraph().Nodes[0], true).Width > NodeBox.For(shortName.ToGraph().Nodes[0], true).Width + 100);
    }
}
