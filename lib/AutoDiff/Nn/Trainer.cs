namespace AutoDiff.Nn;

/// <summary>
/// Trains one network on one data set with micrograd's step (<see cref="Training"/>), reusing one
/// <see cref="AutoDiff.Tape"/>: every <see cref="Step"/> clears it and records the step again, so
/// after the first step nothing is allocated (the tape keeps its arrays). The trainer owns the
/// tape; the model owns only its parameters.
/// </summary>
/// <example>
/// <code>
/// var trainer = new Trainer(new Mlp(2, [16, 16, 1]), TwoMoons.Generate(100));
/// for (int k = 0; k &lt; 100; k++) trainer.Step(k, learningRate: 1.0 - 0.9 * k / 100);
/// </code>
/// </example>
public sealed class Trainer
{
    private readonly Value[] parameters;
    private readonly Value[][] activations;
    private readonly Value[] x;

    /// <summary>A trainer for <paramref name="model"/> on <paramref name="data"/>.</summary>
    /// <param name="model">A network with one output (the score).</param>
    /// <param name="data">Examples with labels −1/+1.</param>
    /// <param name="alpha">α, the weight of the L2 penalty α Σ_p p².</param>
    /// <param name="fused">True (the default): each neuron's b + Σᵢ wᵢxᵢ and the penalty Σ_p p² are
    /// one fused node each. False: micrograd's scalar graph, one × and one + per weight.</param>
    public Trainer(Mlp model, Dataset data, double alpha = 1e-4, bool fused = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        data.Validate(model.Inputs);
        if (model.Outputs != 1)
            throw new ArgumentException(
                FormattableString.Invariant($"The model has {model.Outputs} outputs; the max-margin loss needs one score per example."), nameof(model));
        Model = model;
        Data = data;
        Alpha = alpha;
        Fused = fused;
        parameters = new Value[model.Parameters.Length];
        activations = model.ActivationBuffers();
        x = new Value[model.Inputs];
    }

    /// <summary>The network whose <see cref="Mlp.Parameters"/> each step updates.</summary>
    public Mlp Model { get; }

    /// <summary>The training examples (the whole batch of every step).</summary>
    public Dataset Data { get; }

    /// <summary>α, the weight of the L2 penalty.</summary>
    public double Alpha { get; }

    /// <summary>Whether affine maps and the penalty are recorded as fused nodes.</summary>
    public bool Fused { get; }

    /// <summary>The tape the last step recorded (cleared and reused by the next): its nodes, its
    /// size in bytes, and the graph of the loss.</summary>
    public Tape Tape { get; } = new();

    /// <summary>The loss node of the last step, on <see cref="Tape"/>.</summary>
    public Value Loss { get; private set; }

    /// <summary>One full-batch step: loss and accuracy at the current parameters, then the update
    /// p ← p − η·∂L/∂p of <see cref="Mlp.Parameters"/>.</summary>
    /// <param name="step">The step number, reported back.</param>
    /// <param name="learningRate">η.</param>
    public TrainingStep Step(int step, double learningRate)
    {
        Tape.Clear();
        Model.Bind(Tape, parameters);
        var (loss, correct) = Record();
        Tape.Backward(loss);
        Loss = loss;

        var p = Model.Parameters;
        for (int i = 0; i < p.Length; i++) p[i] -= learningRate * parameters[i].Adjoint;
        return new TrainingStep(step, loss.Primal, (double)correct / Data.Count, Tape.Count);
    }

    // L = (1/N) Σᵢ relu(1 − yᵢ·scoreᵢ) + α Σ_p p², on the tape.
    private (Value Loss, int Correct) Record()
    {
        Value dataLoss = Tape.Constant(0);
        int correct = 0;
        for (int i = 0; i < Data.Count; i++)
        {
            for (int j = 0; j < x.Length; j++) x[j] = Tape.Constant(Data.X[i][j]);
            var score = Fused
                ? Model.Forward(Tape, parameters[0].Index, x[0].Index, activations)[0] // both runs: recorded just now
                : Model.Forward(parameters, x, activations, fused: false)[0];
            int y = Data.Y[i];
            dataLoss += Value.Relu(1.0 + (-y) * score); // zero once the margin y·score reaches 1
            if (y > 0 == score.Primal > 0) correct++;
        }
        return (dataLoss * (1.0 / Data.Count) + Alpha * Penalty(), correct);
    }

    // Σ_p p²: one fused node, or one × and one + per parameter.
    private Value Penalty()
    {
        if (Fused) return Value.SumOfSquares(parameters);
        Value sum = Tape.Constant(0);
        foreach (var p in parameters) sum += p * p;
        return sum;
    }
}
