namespace AutoDiff;

// What a tape records beside its entries: display labels and custom primitives. Most nodes have
// neither, so both are sparse side tables keyed by node index, created on first use.
public sealed partial class Tape
{
    private Dictionary<int, string>? labels;
    private Dictionary<int, CustomPrimitive>? customs;

    /// <summary>The label of node <paramref name="index"/>, or null.</summary>
    public string? LabelOf(int index) => labels is not null && labels.TryGetValue(index, out var l) ? l : null;

    /// <summary>The name of the custom primitive recorded at node <paramref name="index"/>, or null.</summary>
    public string? CustomNameOf(int index) => customs is not null && customs.TryGetValue(index, out var c) ? c.Name : null;

    /// <summary>The custom primitive recorded at node <paramref name="index"/> (its function and
    /// derivative), or null; the gradient check uses it to test the derivative numerically.</summary>
    internal CustomPrimitive? CustomOf(int index) => customs is not null && customs.TryGetValue(index, out var c) ? c : null;

    internal Value Label(Value v, string? label)
    {
        if (label is not null)
        {
            labels ??= [];
            labels[v.Index] = label;
        }
        return v;
    }

    internal void SetCustom(int index, CustomPrimitive primitive)
    {
        customs ??= [];
        customs[index] = primitive;
    }
}

/// <summary>A user-defined unary primitive: its name, function and derivative.</summary>
internal sealed record CustomPrimitive(string Name, Func<double, double> Function, Func<double, double> Derivative);
