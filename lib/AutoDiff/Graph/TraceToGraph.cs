namespace AutoDiff;

// The graph view of a trace lives with the graph, so that the tape (Reverse/) knows nothing of
// graphs and the dependency runs one way: Graph reads Reverse.
public sealed partial class Tape
{
    /// <summary>The traced graph that leads to <paramref name="output"/> as plain data.</summary>
    public ComputationGraph ToGraph(Value output)
    {
        Own(output, nameof(output));
        return GraphBuilder.Build(this, output.Index);
    }
}

public readonly partial record struct Value
{
    /// <summary>The traced graph that leads to this value, as plain data.</summary>
    public ComputationGraph ToGraph() => Traced(nameof(ToGraph)).ToGraph(this);
}
