namespace AutoDiff;

/// <summary>
/// The derivative of a long chain x_{i+1} = step(x_i) and what it cost: how many nodes the tape
/// held at its largest, and how many primitive operations ran forward and again during recomputation.
/// </summary>
/// <param name="Checkpoints">k: checkpoints used (0 = the whole chain on one tape, plain reverse mode).</param>
/// <param name="Output">x_n, the end of the chain.</param>
/// <param name="Derivative">dx_n/dx_0.</param>
/// <param name="PeakNodes">The most nodes retained on a tape at any moment.</param>
/// <param name="PeakBytes">Estimated bytes retained at that moment: the tape (entries and adjoints)
/// plus 8 bytes per stored checkpoint value.</param>
/// <param name="ForwardOperations">Nodes the forward pass computes, not counting the input (operations
/// and constants; a checkpointed forward pass computes them without recording most of them).</param>
/// <param name="RecomputedOperations">Nodes computed a second time to re-trace segments for the
/// backward pass (0 without checkpoints).</param>
public sealed record ChainGradient(int Checkpoints, double Output, double Derivative, int PeakNodes, long PeakBytes,
    long ForwardOperations, long RecomputedOperations)
{
    /// <summary>Total primitive work: forward plus recomputed operations.</summary>
    public long TotalOperations => ForwardOperations + RecomputedOperations;
}
