namespace AutoDiff;

/// <summary>
/// One recorded operation: r = op(a, b) with its local partial derivatives ∂r/∂a and ∂r/∂b,
/// stored when the operation runs so the backward sweep only multiplies and adds. A fused node of
/// n operands (<see cref="INaryPrimitive"/>, e.g. b + Σᵢ wᵢxᵢ) has no A and no B: its operands are
/// listed on the tape (<see cref="Tape.OperandsOf"/>) and its partials come from its rule.
/// </summary>
/// <param name="Op">The primitive.</param>
/// <param name="A">Index of the first operand, or −1 for a leaf.</param>
/// <param name="B">Index of the second operand, or −1 for a unary op or a leaf.</param>
/// <param name="Primal">The value r computed by the forward pass.</param>
/// <param name="PartialA">∂r/∂a at the recorded point.</param>
/// <param name="PartialB">∂r/∂b at the recorded point.</param>
public readonly record struct TapeEntry(Op Op, int A, int B, double Primal, double PartialA, double PartialB)
{
    /// <summary>Bytes one entry occupies on the tape (plus 8 for its adjoint during backward): the
    /// tape stores its parents and partials (24 bytes), its primal (8) and its op (1) apart.</summary>
    public const int SizeInBytes = 2 * sizeof(int) + 2 * sizeof(double) + sizeof(double) + sizeof(Op);

    /// <summary>Bytes one node costs during a backward pass: its entry and its 8-byte adjoint.</summary>
    public const int BytesWithAdjoint = SizeInBytes + sizeof(double);

    /// <summary>True for a fused node: an operation (not a leaf) whose operands are listed apart.</summary>
    public bool IsFused => A < 0 && Op is not (Op.Input or Op.Constant);
}
