namespace AutoDiff.Nn;

/// <summary>
/// One neuron, as in micrograd: r = φ(b + Σᵢ wᵢxᵢ) with φ = ReLU in hidden layers and the
/// identity in the last layer. Its weights and bias are not stored here but in the model's
/// parameter array (<see cref="Mlp.Parameters"/>): w₀ … w_{n−1} at <see cref="Offset"/>, then b.
/// </summary>
public sealed class Neuron
{
    internal Neuron(int offset, int inputs, bool nonlinear)
    {
        Offset = offset;
        Inputs = inputs;
        Nonlinear = nonlinear;
    }

    /// <summary>Number of inputs n (and of weights).</summary>
    public int Inputs { get; }

    /// <summary>Index of w₀ in the parameter array; the bias is at <c>Offset + Inputs</c>.</summary>
    public int Offset { get; }

    /// <summary>True for ReLU(b + w·x), false for the linear b + w·x.</summary>
    public bool Nonlinear { get; }

    /// <summary>Weights and bias: n + 1.</summary>
    public int ParameterCount => Inputs + 1;

    /// <summary>φ(b + Σᵢ wᵢxᵢ), reading w and b from <paramref name="parameters"/> (the model's
    /// parameters as nodes on a tape): the affine map is one fused node
    /// (<see cref="Primitives.Affine"/>, n weights and n inputs in, ∂/∂wᵢ = xᵢ, ∂/∂xᵢ = wᵢ), then φ.</summary>
    public Value Forward(IReadOnlyList<Value> parameters, IReadOnlyList<Value> x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(x);
        return Forward([.. parameters], [.. x]);
    }

    /// <summary>φ(b + Σᵢ wᵢxᵢ) as micrograd records it: one × and one + per weight, 2n scalar nodes
    /// (the same value and gradient as <see cref="Forward(IReadOnlyList{Value}, IReadOnlyList{Value})"/>).</summary>
    public Value ForwardScalar(IReadOnlyList<Value> parameters, IReadOnlyList<Value> x)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(x);
        return ForwardScalar([.. parameters], [.. x]);
    }

    internal Value Forward(ReadOnlySpan<Value> parameters, ReadOnlySpan<Value> x)
    {
        var sum = Value.Affine(parameters.Slice(Offset, Inputs), x, parameters[Offset + Inputs]);
        return Nonlinear ? Value.Relu(sum) : sum;
    }

    internal Value ForwardScalar(ReadOnlySpan<Value> parameters, ReadOnlySpan<Value> x)
    {
        Value sum = parameters[Offset + Inputs];
        for (int i = 0; i < Inputs; i++) sum += parameters[Offset + i] * x[i];
        return Nonlinear ? Value.Relu(sum) : sum;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(Nonlinear ? "ReLU" : "Linear")}Neuron({Inputs})");
}
