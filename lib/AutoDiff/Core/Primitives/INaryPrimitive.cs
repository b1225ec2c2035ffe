namespace AutoDiff;

/// <summary>
/// A fused primitive of n operands a₀ … aₙ₋₁ (an affine map b + Σᵢ wᵢxᵢ, a sum of squares Σᵢ aᵢ²):
/// what would be 2n scalar nodes is recorded as ONE tape entry with n incoming edges. Like a scalar
/// primitive (<see cref="IPrimitive"/>) it is one struct of the table, and its partials ∂r/∂aₖ are
/// written once, generic over the number type: reverse mode computes them from the recorded
/// operands during the sweep (for a dot product they are the operands themselves, so nothing but
/// the operands is stored), forward mode multiplies them with tangents (a JVP).
/// </summary>
public interface INaryPrimitive
{
    /// <summary>The primitive's name in graphs and on the tape.</summary>
    static abstract Op Op { get; }

    /// <summary>How the primitive is written: symbol and formula; <see cref="Notation.PartialA"/>
    /// and <see cref="Notation.PartialB"/> give the partials in words for the docs.</summary>
    static abstract Notation Notation { get; }

    /// <summary>Why <paramref name="count"/> operands do not fit this primitive, in words that say
    /// what to pass, or null when they do.</summary>
    static abstract string? Shape(int count);

    /// <summary>r = op(a₀, …, aₙ₋₁).</summary>
    static abstract T Primal<T>(ReadOnlySpan<T> a) where T : IScalar<T>;

    /// <summary>Every partial ∂r/∂aₖ at the operands <paramref name="a"/> with result
    /// <paramref name="r"/>, written into <paramref name="partials"/> (as long as a).</summary>
    static abstract void Partials<T>(ReadOnlySpan<T> a, T r, Span<T> partials) where T : IScalar<T>;

    /// <summary>True when the primitive also has its rule on three parts read in place
    /// (<see cref="Primal(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/> and
    /// <see cref="Vjp"/>): its operands are then three vectors one after the other, as an affine
    /// map's w, x and b. A tape that recorded the parts as runs of nodes reads their values and
    /// adds into their adjoints where they are, with no gathering into one list. It is the same
    /// rule as <see cref="Primal{T}"/> and <see cref="Partials{T}"/> (a test compares them).</summary>
    static virtual bool HasPartsRule => false;

    /// <summary>How many of <paramref name="count"/> operands each of the three parts holds, in
    /// order (for b + Σᵢ wᵢxᵢ: n, n and 1). Without a rule on parts any split will do.</summary>
    static virtual (int Part0, int Part1, int Part2) PartLengths(int count) => (count, 0, 0);

    /// <summary>r from the three parts of the operand list, read in place.</summary>
    static virtual double Primal(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2) =>
        throw new NotSupportedException("This primitive has no rule on parts; see HasPartsRule.");

    /// <summary>The sweep's step on the three parts: adjoint of each operand += g · ∂r/∂operand,
    /// into the parts' adjoints <paramref name="adjoint0"/> … <paramref name="adjoint2"/>.</summary>
    static virtual void Vjp(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2, double r, double g,
        Span<double> adjoint0, Span<double> adjoint1, Span<double> adjoint2) =>
        throw new NotSupportedException("This primitive has no rule on parts; see HasPartsRule.");

    /// <summary>The name of operand k of n in formulas and narration, e.g. "w₂" or "b".</summary>
    static abstract string OperandName(int k, int count);

    /// <summary>∂r/∂aₖ in the operand names, e.g. "x₂" for ∂(b + Σᵢ wᵢxᵢ)/∂w₂.</summary>
    static abstract string PartialName(int k, int count);
}

/// <summary>The shape check every number type runs before a fused primitive.</summary>
internal static class NaryShape
{
    public static void Check<TPrimitive>(int count) where TPrimitive : struct, INaryPrimitive
    {
        if (TPrimitive.Shape(count) is { } problem)
            throw new ArgumentException($"{TPrimitive.Notation.Formula}: {problem}", nameof(count));
    }

    /// <summary>A subscript index: 12 → "₁₂".</summary>
    public static string Subscript(int k) =>
        string.Concat(k.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('₀' + (c - '0'))));
}
