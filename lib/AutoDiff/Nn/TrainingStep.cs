namespace AutoDiff.Nn;

/// <summary>What one training step saw, before it updated the parameters.</summary>
/// <param name="Step">The step number k (from 0).</param>
/// <param name="Loss">The total loss: data loss plus the L2 penalty.</param>
/// <param name="Accuracy">Fraction of examples whose score has the sign of their label, in [0, 1].</param>
/// <param name="TapeNodes">Nodes the step recorded on its tape.</param>
public readonly record struct TrainingStep(int Step, double Loss, double Accuracy, int TapeNodes);
