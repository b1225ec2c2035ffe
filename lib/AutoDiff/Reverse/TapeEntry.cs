namespace AutoDiff;

/// <summary>
/// One recorded operation: r = op(a, b) with its local partial derivatives ∂r/∂a and ∂r/∂b,
/// stored when the operation runs so the backward sweep only multiplies and adds.
/// </summary>
/// <param name="Op">The primitive.</param>
/// <param name="A">Index of the first operand, or −1 for a leaf.</param>
/// <param name="B">Index of the second operand, or −1 for a unary op or a leaf.</param>
/// <param name="Primal">The value r computed by the forward pass.</param>
/// <param name="PartialA">∂r/∂a at the recorded point.</param>
/// <param name="PartialB">∂r/∂b at the recorded point.</param>
public readonly record struct TapeEntry(Op Op, int A, int B, double Primal, double PartialA, double PartialB)
{
    /// <summary>Bytes one entry occupies on the tape (plus 8 for its adjoint during backward).</summary>
    public const int SizeInBytes = 40;

    /// <summary>Bytes one node costs during a backward pass: its entry and its 8-byte adjoint.</summary>
    public const int BytesWithAdjoint = SizeInBytes + sizeof(double);
}
