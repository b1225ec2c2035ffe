namespace AutoDiff.Sketch;

/// <summary>
/// A sketch compared with the graph traced from f, by structure and operation (never by node
/// names or the order of lines): which nodes pair up, and every difference in words. Local
/// derivatives are compared by evaluating the learner's formula and the traced derivative at every
/// traced point, so 2·x, 2x and x + x all pass.
/// </summary>
public sealed class SketchComparison
{
    private readonly SketchMatcher matcher;

    private SketchComparison(GraphSketch sketch, TracedPoints trace)
    {
        Sketch = sketch;
        Traced = trace;
        matcher = new SketchMatcher(sketch, trace);
        Differences = new SketchDifferences(sketch, trace, matcher).Find();
    }

    /// <summary>The learner's sketch.</summary>
    public GraphSketch Sketch { get; }

    /// <summary>The graph traced from f at the first point, after a backward pass.</summary>
    public ComputationGraph Trace => Traced.Graph;

    /// <summary>The first point: where <see cref="Trace"/> was traced and values are checked.</summary>
    public IReadOnlyList<double> Point => Traced.Point;

    /// <summary>Every difference, inputs first, then nodes and edges from the inputs towards the output.</summary>
    public IReadOnlyList<SketchDifference> Differences { get; }

    /// <summary>The differences stated in words (without the marks that only show in a drawing).</summary>
    public IEnumerable<SketchDifference> Stated => Differences.Where(d => d.IsStated);

    /// <summary>True when the sketch has f's structure, operations and local derivatives.</summary>
    public bool IsMatch => Differences.Count == 0;

    /// <summary>Which traced node (id in <see cref="Trace"/>) each sketch node pairs with.</summary>
    public IReadOnlyDictionary<string, int> Pairs => matcher.ToTrace;

    /// <summary>How each paired sketch node corresponds to its traced node.</summary>
    public IReadOnlyDictionary<string, PairKind> PairKinds => matcher.Kind;

    internal TracedPoints Traced { get; }

    /// <summary>The local derivative on the traced edge <paramref name="parent"/> → <paramref name="child"/>
    /// as a formula in the traced nodes' names ("cos x" on x → sin x, "y" on x² → x²y).</summary>
    public string TraceDerivativeText(int parent, int child)
    {
        var e = Traced.Entry(child);
        string Name(int id) => id < 0 ? "" : Trace.Nodes.Any(n => n.Id == id) && Trace.Node(id).Kind != NodeKind.Constant
            ? Trace.Node(id).DisplayName : MessageNumber.Text(Traced.Primal(0, id));
        return EdgeFormulaText.Of(e, parent, Name, id => Traced.Primal(0, id));
    }

    /// <summary>
    /// Compares <paramref name="sketch"/> with <paramref name="f"/> traced at each of
    /// <paramref name="points"/> (inputs labelled <paramref name="inputNames"/>, matched to the
    /// sketch's inputs by name). Use points where no two quantities coincide by chance.
    /// </summary>
    public static SketchComparison Compare(GraphSketch sketch, Func<Value[], Value> f, IReadOnlyList<string> inputNames, IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(inputNames);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0 || points.Any(p => p.Length != inputNames.Count))
            throw new ArgumentException($"Give at least one point, each with {inputNames.Count} values ({string.Join(", ", inputNames)}).", nameof(points));
        return new SketchComparison(sketch, new TracedPoints(f, inputNames, points));
    }

    /// <summary>Compares a sketch with a function of two inputs x and y.</summary>
    public static SketchComparison Compare(GraphSketch sketch, Func<Value, Value, Value> f, params (double X, double Y)[] points)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(points);
        return Compare(sketch, v => f(v[0], v[1]), ["x", "y"], points.Select(p => new[] { p.X, p.Y }).ToList());
    }

    /// <summary>The forward values and adjoints filled in (<see cref="GraphSketch.WithValues"/>)
    /// checked at <see cref="Point"/>: the first wrong number, forward values first (inputs to
    /// output), then adjoints (output back to the inputs), with why it is wrong; empty when all
    /// are right. Only meaningful when <see cref="IsMatch"/>.</summary>
    public IReadOnlyList<SketchDifference> CheckValues() => SketchNumbersCheck.FirstWrong(this, matcher);
}
