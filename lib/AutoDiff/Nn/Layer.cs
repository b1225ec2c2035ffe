namespace AutoDiff.Nn;

/// <summary>A layer of neurons that all see the same inputs: x ↦ (φ(b_j + w_j·x))_j.</summary>
public sealed class Layer
{
    private readonly Neuron[] neurons;

    internal Layer(int offset, int inputs, int outputs, bool nonlinear)
    {
        neurons = new Neuron[outputs];
        for (int j = 0; j < outputs; j++)
            neurons[j] = new Neuron(offset + j * (inputs + 1), inputs, nonlinear);
        Inputs = inputs;
    }

    /// <summary>Inputs each neuron sees.</summary>
    public int Inputs { get; }

    /// <summary>The neurons, one per output.</summary>
    public IReadOnlyList<Neuron> Neurons => neurons;

    /// <summary>Weights and biases of all neurons: outputs × (inputs + 1).</summary>
    public int ParameterCount => neurons.Length * (Inputs + 1);

    /// <summary>Every neuron's output for input <paramref name="x"/>, each neuron's affine map one
    /// fused node.</summary>
    public Value[] Forward(IReadOnlyList<Value> parameters, IReadOnlyList<Value> x)
    {
        var outputs = new Value[neurons.Length];
        Forward([.. parameters], [.. x], outputs, fused: true);
        return outputs;
    }

    internal void Forward(ReadOnlySpan<Value> parameters, ReadOnlySpan<Value> x, Span<Value> outputs, bool fused)
    {
        for (int j = 0; j < neurons.Length; j++)
            outputs[j] = fused ? neurons[j].Forward(parameters, x) : neurons[j].ForwardScalar(parameters, x);
    }

    // The fused forward pass on runs of nodes: every neuron's b + w·x first (one node each), then
    // every activation, so that the layer's outputs are consecutive nodes, the next layer's input run.
    // parameters is the run of the model's parameters (Mlp.Bind), x the run of this layer's inputs.
    internal void Forward(Tape tape, int parameters, Tape.NodeRun x, Span<Value> outputs)
    {
        for (int j = 0; j < neurons.Length; j++)
        {
            var n = neurons[j];
            outputs[j] = tape.AppendFused<Primitives.Affine>(
                new(parameters + n.Offset, n.Inputs), x, new(parameters + n.Offset + n.Inputs, 1));
        }
        if (neurons[0].Nonlinear) tape.AppendUnary<Primitives.Relu>(new(outputs[0].Index, outputs.Length), outputs);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Layer of [{string.Join(", ", neurons.Select(n => n.ToString()))}]";
}
