namespace AutoDiff.Tests;

/// <summary>One point of one fused primitive: its operands and every partial ∂r/∂aₖ from a table
/// of derivatives, written here independently of the library.</summary>
public sealed record FusedCase(Op Op, double[] A, Func<double[], double> Primal, Func<double[], int, double> Partial)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Op}[{A.Length}]");
}

/// <summary>The test data of the per-primitive tests of the fused primitives: a new fused
/// primitive needs its lines here; FusedPrimitiveTableTests and the narration tests
/// (FusedNarrationTests, which link this file) need no change.</summary>
public static class FusedPrimitiveCases
{
    // b + Σ wᵢxᵢ over [w…, x…, b]: ∂/∂wᵢ = xᵢ, ∂/∂xᵢ = wᵢ, ∂/∂b = 1.
    private static double Affine(double[] a)
    {
        int n = a.Length / 2;
        return a[^1] + Enumerable.Range(0, n).Sum(i => a[i] * a[n + i]);
    }

    private static double AffinePartial(double[] a, int k)
    {
        int n = a.Length / 2;
        return k < n ? a[n + k] : k < 2 * n ? a[k - n] : 1;
    }

    public static IReadOnlyList<FusedCase> Points { get; } =
    [
        new(Op.Affine, [0.7, -1.3, 0.4, 2.1, -0.5, 0.25, 0.1], Affine, AffinePartial),
        new(Op.Affine, [0.3], Affine, AffinePartial), // no weights: just the bias
        new(Op.SumOfSquares, [0.7, -1.3, 2.5], a => a.Sum(v => v * v), (a, k) => 2 * a[k]),
        new(Op.SumOfSquares, [-0.4], a => a[0] * a[0], (a, k) => 2 * a[k]),
    ];

    public static TheoryData<FusedCase> PointData => [.. Points];
}
