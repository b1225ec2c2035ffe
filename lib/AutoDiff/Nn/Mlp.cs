using System.Globalization;

namespace AutoDiff.Nn;

/// <summary>
/// A multi-layer perceptron in micrograd's design: layers of neurons, ReLU in the hidden layers,
/// a linear last layer. The parameters are plain numbers in <see cref="Parameters"/>; each
/// training step puts them on a tape as variables (a <see cref="Trainer"/> owns that tape and
/// clears it between steps), so the gradient of a loss with respect to every weight is one
/// backward pass.
/// </summary>
/// <example>
/// <code>
/// var model = new Mlp(2, [16, 16, 1]);
/// var tape = new Tape();
/// var parameters = model.Bind(tape);   // the parameters as variables on this tape
/// var score = model.Forward(parameters, [tape.Constant(0.5), tape.Constant(-1)])[0];
/// score.Backward();   // parameters[i].Adjoint == ∂score/∂Parameters[i]
/// </code>
/// </example>
public sealed class Mlp
{
    private readonly Layer[] layers;
    private readonly string[] labels;

    /// <summary>Creates the network with weights drawn uniformly from [−1, 1) and biases 0,
    /// deterministically from <paramref name="seed"/>.</summary>
    /// <param name="inputs">Size of an input vector.</param>
    /// <param name="layerSizes">Neurons per layer, e.g. [16, 16, 1].</param>
    /// <param name="seed">Seed of the weight initialisation.</param>
    public Mlp(int inputs, IReadOnlyList<int> layerSizes, int seed = 1337)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count == 0 || layerSizes.Any(n => n <= 0))
            throw new ArgumentException(
                "Give at least one layer, each with a positive number of neurons, e.g. [16, 16, 1].", nameof(layerSizes));

        Inputs = inputs;
        layers = new Layer[layerSizes.Count];
        int offset = 0, fanIn = inputs;
        for (int l = 0; l < layers.Length; l++)
        {
            layers[l] = new Layer(offset, fanIn, layerSizes[l], nonlinear: l < layers.Length - 1);
            offset += layers[l].ParameterCount;
            fanIn = layerSizes[l];
        }
        Parameters = new double[offset];
        labels = new string[offset];
        Initialize(new Random(seed));
    }

    /// <summary>Size of an input vector.</summary>
    public int Inputs { get; }

    /// <summary>Size of the output vector (neurons of the last layer).</summary>
    public int Outputs => layers[^1].Neurons.Count;

    /// <summary>The layers, first to last.</summary>
    public IReadOnlyList<Layer> Layers => layers;

    /// <summary>Every weight and bias, layer by layer, neuron by neuron (weights, then bias).
    /// Training updates these numbers in place.</summary>
    public double[] Parameters { get; }

    /// <summary>Display names of the parameters, e.g. "w1[0,3]" (layer 1, neuron 0, input 3) and
    /// "b1[2]" (layer 1, neuron 2), in the order of <see cref="Parameters"/>.</summary>
    public IReadOnlyList<string> ParameterLabels => labels;

    /// <summary>
    /// The parameters as new variables on <paramref name="tape"/> (labelled as in
    /// <see cref="ParameterLabels"/>), holding their current values. Bind once per step and pass
    /// the result to <see cref="Forward(IReadOnlyList{Value}, IReadOnlyList{Value})"/> for every example of the batch: the examples then share
    /// the parameter nodes, and their adjoints sum over the batch.
    /// </summary>
    public Value[] Bind(Tape tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var nodes = new Value[Parameters.Length];
        Bind(tape, nodes);
        return nodes;
    }

    internal void Bind(Tape tape, Span<Value> nodes)
    {
        for (int i = 0; i < nodes.Length; i++) nodes[i] = tape.Variable(Parameters[i], labels[i]);
    }

    /// <summary>The network's outputs for input <paramref name="x"/> with the given parameter nodes
    /// (one per entry of <see cref="Parameters"/>, as <see cref="Bind(Tape)"/> gives them). Each neuron's
    /// affine map b + Σᵢ wᵢxᵢ is one fused node (<see cref="Primitives.Affine"/>).</summary>
    public Value[] Forward(IReadOnlyList<Value> parameters, IReadOnlyList<Value> x) => Forward(parameters, x, fused: true);

    /// <summary>The same outputs recorded as micrograd does, one × and one + per weight
    /// (2 scalar nodes per weight instead of one fused node per neuron): the graph the lesson draws.</summary>
    public Value[] ForwardScalar(IReadOnlyList<Value> parameters, IReadOnlyList<Value> x) => Forward(parameters, x, fused: false);

    private Value[] Forward(IReadOnlyList<Value> parameters, IReadOnlyList<Value> x, bool fused)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(x);
        if (parameters.Count != Parameters.Length)
            throw new ArgumentException(
                FormattableString.Invariant($"The network has {Parameters.Length} parameters but {parameters.Count} were given; use Bind(tape)."),
                nameof(parameters));
        if (x.Count != Inputs)
            throw new ArgumentException(FormattableString.Invariant($"The network takes {Inputs} inputs but the example has {x.Count}."), nameof(x));
        return Forward([.. parameters], [.. x], ActivationBuffers(), fused).ToArray();
    }

    /// <summary>The forward pass into <paramref name="activations"/> (one buffer per layer, from
    /// <see cref="ActivationBuffers"/>): nothing allocated. Returns the last layer's outputs.</summary>
    internal ReadOnlySpan<Value> Forward(ReadOnlySpan<Value> parameters, ReadOnlySpan<Value> x, Value[][] activations, bool fused)
    {
        var input = x;
        for (int l = 0; l < layers.Length; l++)
        {
            layers[l].Forward(parameters, input, activations[l], fused);
            input = activations[l];
        }
        return input;
    }

    /// <summary>The fused forward pass of <see cref="Forward(ReadOnlySpan{Value}, ReadOnlySpan{Value}, Value[][], bool)"/>
    /// for parameters and input that are runs of consecutive nodes on <paramref name="tape"/>
    /// (as <see cref="Bind(Tape, Span{Value})"/> and consecutive <c>tape.Constant</c> calls record
    /// them): each neuron's operands are then listed without reading a handle per operand.</summary>
    internal ReadOnlySpan<Value> Forward(Tape tape, int parameters, int x, Value[][] activations)
    {
        var input = new Tape.NodeRun(x, Inputs);
        for (int l = 0; l < layers.Length; l++)
        {
            layers[l].Forward(tape, parameters, input, activations[l]);
            input = new Tape.NodeRun(activations[l][0].Index, activations[l].Length);
        }
        return activations[^1];
    }

    internal Value[][] ActivationBuffers() => [.. layers.Select(l => new Value[l.Neurons.Count])];

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"MLP({Inputs} → {string.Join(" → ", layers.Select(l => l.Neurons.Count))}, {Parameters.Length} parameters)");

    private void Initialize(Random random)
    {
        for (int l = 0; l < layers.Length; l++)
        {
            string layer = (l + 1).ToString(CultureInfo.InvariantCulture);
            var neurons = layers[l].Neurons;
            for (int j = 0; j < neurons.Count; j++)
            {
                var n = neurons[j];
                for (int i = 0; i < n.Inputs; i++)
                {
                    Parameters[n.Offset + i] = random.NextDouble() * 2 - 1; // micrograd: uniform(−1, 1)
                    labels[n.Offset + i] = string.Create(CultureInfo.InvariantCulture, $"w{layer}[{j},{i}]");
                }
                Parameters[n.Offset + n.Inputs] = 0; // micrograd starts every bias at 0
                labels[n.Offset + n.Inputs] = string.Create(CultureInfo.InvariantCulture, $"b{layer}[{j}]");
            }
        }
    }
}
