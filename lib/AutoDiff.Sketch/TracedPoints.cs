namespace AutoDiff.Sketch;

/// <summary>
/// A function traced at several points on fresh tapes, with one backward pass each: the same
/// nodes (tape indices) at every point, so a node's value and an edge's local derivative can be
/// compared at all of them. Points where f is not finite, or records other operations (a branch),
/// are left out.
/// </summary>
internal sealed class TracedPoints
{
    private readonly List<TapeEntry[]> entries = [];
    private readonly List<double[]> adjoints = [];

    public TracedPoints(Func<Value[], Value> f, IReadOnlyList<string> inputNames, IReadOnlyList<double[]> points)
    {
        foreach (var point in points)
        {
            var tape = new Tape();
            var inputs = point.Select((v, i) => tape.Variable(v, inputNames[i])).ToArray();
            var output = f(inputs);
            if (!output.IsTraced || !ReferenceEquals(output.Tape, tape))
                throw new ArgumentException("The function returned a value that is not computed from its inputs: compute the result from the parameters.", nameof(f));
            if (!double.IsFinite(output.Primal)) continue;
            var tapeEntries = tape.Entries[..(output.Index + 1)].ToArray();
            if (entries.Count > 0 && !SameOps(entries[0], tapeEntries)) continue;
            output.Backward();
            if (entries.Count == 0)
            {
                Graph = output.ToGraph();
                Point = point;
                OutputId = output.Index;
            }
            entries.Add(tapeEntries);
            adjoints.Add(Enumerable.Range(0, tapeEntries.Length).Select(tape.AdjointOf).ToArray());
        }
        if (Graph is null)
            throw new ArgumentException($"The function is not finite at any of the points {string.Join(", ", points.Select(p => "(" + string.Join(", ", p) + ")"))}.", nameof(points));
    }

    /// <summary>The graph at the first point (with adjoints).</summary>
    public ComputationGraph Graph { get; } = null!;

    /// <summary>The first point (where values and adjoints are checked).</summary>
    public double[] Point { get; } = [];

    /// <summary>The output's tape index.</summary>
    public int OutputId { get; }

    /// <summary>How many points were traced.</summary>
    public int Count => entries.Count;

    public TapeEntry Entry(int id) => entries[0][id];

    public double Primal(int point, int id) => entries[point][id].Primal;

    public double Adjoint(int point, int id) => adjoints[point][id];

    /// <summary>∂child/∂parent at a point, summed over both operands when the parent is both (x·x).</summary>
    public double Local(int point, int parent, int child)
    {
        var e = entries[point][child];
        return (e.A == parent ? e.PartialA : 0) + (e.B == parent && !Primitives.Of(e.Op).OperandBIsParameter ? e.PartialB : 0);
    }

    /// <summary>The operand nodes of <paramref name="id"/> that are not constants, without repeats.</summary>
    public IEnumerable<int> OperandNodes(int id)
    {
        var e = entries[0][id];
        if (e.A >= 0 && entries[0][e.A].Op != Op.Constant) yield return e.A;
        if (e.B >= 0 && e.B != e.A && entries[0][e.B].Op != Op.Constant) yield return e.B;
    }

    private static bool SameOps(TapeEntry[] a, TapeEntry[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.Op == p.Second.Op && p.First.A == p.Second.A && p.First.B == p.Second.B);
}
