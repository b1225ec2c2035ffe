using AutoDiff.Nn;

namespace Benchmarks;

/// <summary>Checks that a library step and the hand-written step agree: the same loss and the same
/// updated parameters, to 1e-12 relative to their size.</summary>
public static class MicrogradStepCheck
{
    /// <summary>The largest difference between the two steps from the model's current parameters:
    /// the loss, and every updated parameter. The trainer's parameters are left as they were.</summary>
    public static (double Loss, double Parameter) Difference(Dataset data, Trainer trainer, double learningRate = 1.0)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(trainer);
        var p = trainer.Model.Parameters;
        double[] start = (double[])p.Clone(), byHand = (double[])p.Clone();
        var sizes = trainer.Model.Layers.Select(l => l.Neurons.Count).ToArray();
        double handLoss = new HandWrittenMlpStep(trainer.Model.Inputs, sizes).Step(byHand, data.X, data.Y, learningRate, trainer.Alpha);
        double libraryLoss = trainer.Step(0, learningRate).Loss;
        double parameter = 0;
        for (int i = 0; i < p.Length; i++) parameter = Math.Max(parameter, Relative(p[i], byHand[i]));
        start.CopyTo(p, 0);
        return (Relative(libraryLoss, handLoss), parameter);
    }

    /// <summary>Throws unless <see cref="Difference"/> is within 1e-12 for loss and parameters.</summary>
    public static void ThrowUnlessEqual(Dataset data, Trainer trainer)
    {
        var (loss, parameter) = Difference(data, trainer);
        if (!(loss <= 1e-12 && parameter <= 1e-12))
            throw new InvalidOperationException(
                $"The hand-written step and the library's step (fused: {trainer.Fused}) disagree: loss by {loss:G3}, parameters by up to {parameter:G3}.");
    }

    private static double Relative(double a, double b) => Math.Abs(a - b) / Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
