namespace AutoDiff.Nn;

/// <summary>
/// micrograd's demo training loop: a max-margin (SVM) loss on the whole batch,
/// L = (1/N) Σᵢ relu(1 − yᵢ·scoreᵢ) + α Σ_p p², one backward pass for ∂L/∂p, and plain
/// gradient descent p ← p − η·∂L/∂p.
/// </summary>
public static class Training
{
    /// <summary>One full-batch step: loss and accuracy at the current parameters, then the update
    /// of <see cref="Mlp.Parameters"/> with learning rate <paramref name="learningRate"/>. It records
    /// on a new tape each time; for a loop of steps use a <see cref="Trainer"/> (as
    /// <see cref="Train"/> does), which owns one tape and clears it between steps.</summary>
    /// <param name="model">A network with one output (the score).</param>
    /// <param name="data">Examples with labels −1/+1.</param>
    /// <param name="step">The step number, reported back.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="alpha">α, the weight of the L2 penalty.</param>
    public static TrainingStep Step(Mlp model, Dataset data, int step, double learningRate, double alpha = 1e-4) =>
        new Trainer(model, data, alpha).Step(step, learningRate);

    /// <summary>
    /// <paramref name="steps"/> steps with micrograd's schedule η_k = 1 − 0.9·k/steps, reporting
    /// each step to <paramref name="progress"/> as it completes.
    /// </summary>
    public static IReadOnlyList<TrainingStep> Train(Mlp model, Dataset data, int steps, IProgress<TrainingStep>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var trainer = new Trainer(model, data);
        var history = new List<TrainingStep>(steps);
        for (int k = 0; k < steps; k++)
        {
            var result = trainer.Step(k, 1.0 - 0.9 * k / steps);
            history.Add(result);
            progress?.Report(result);
        }
        return history;
    }
}
