namespace AutoDiff.Nn;

/// <summary>
/// micrograd's demo training loop: a max-margin (SVM) loss on the whole batch,
/// L = (1/N) Σᵢ relu(1 − yᵢ·scoreᵢ) + α Σ_p p², one backward pass for ∂L/∂p, and plain
/// gradient descent p ← p − η·∂L/∂p.
/// </summary>
public static class Training
{
    /// <summary>One full-batch step: loss and accuracy at the current parameters, then the update
    /// of <see cref="Mlp.Parameters"/> with learning rate <paramref name="learningRate"/>.</summary>
    /// <param name="model">A network with one output (the score).</param>
    /// <param name="data">Examples with labels −1/+1.</param>
    /// <param name="step">The step number, reported back.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="alpha">α, the weight of the L2 penalty.</param>
    public static TrainingStep Step(Mlp model, Dataset data, int step, double learningRate, double alpha = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        data.Validate(model.Inputs);
        if (model.Outputs != 1)
            throw new ArgumentException(
                FormattableString.Invariant($"The model has {model.Outputs} outputs; the max-margin loss needs one score per example."), nameof(model));

        var tape = new Tape(model.NodesPerExample * data.Count + 4 * model.Parameters.Length);
        var parameters = model.Bind(tape);
        var (loss, correct) = Loss(model, data, tape, parameters, alpha);
        tape.Backward(loss);

        var p = model.Parameters;
        for (int i = 0; i < p.Length; i++) p[i] -= learningRate * parameters[i].Adjoint;
        return new TrainingStep(step, loss.Primal, (double)correct / data.Count, tape.Count);
    }

    /// <summary>
    /// <paramref name="steps"/> steps with micrograd's schedule η_k = 1 − 0.9·k/steps, reporting
    /// each step to <paramref name="progress"/> as it completes.
    /// </summary>
    public static IReadOnlyList<TrainingStep> Train(Mlp model, Dataset data, int steps, IProgress<TrainingStep>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var history = new List<TrainingStep>(steps);
        for (int k = 0; k < steps; k++)
        {
            var result = Step(model, data, k, 1.0 - 0.9 * k / steps);
            history.Add(result);
            progress?.Report(result);
        }
        return history;
    }

    private static (Value Loss, int Correct) Loss(Mlp model, Dataset data, Tape tape, Value[] parameters, double alpha)
    {
        var x = new Value[model.Inputs];
        Value dataLoss = tape.Constant(0);
        int correct = 0;
        for (int i = 0; i < data.Count; i++)
        {
            for (int j = 0; j < x.Length; j++) x[j] = tape.Constant(data.X[i][j]);
            var score = model.Forward(parameters, x)[0];
            int y = data.Y[i];
            dataLoss += Value.Relu(1.0 + (-y) * score); // zero once the margin y·score reaches 1
            if (y > 0 == score.Primal > 0) correct++;
        }
        Value penalty = tape.Constant(0);
        foreach (var p in parameters) penalty += p * p;
        return (dataLoss * (1.0 / data.Count) + alpha * penalty, correct);
    }
}
