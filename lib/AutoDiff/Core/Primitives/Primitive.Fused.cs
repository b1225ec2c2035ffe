using System.Runtime.InteropServices;

namespace AutoDiff;

// A fused primitive as data: the members of its INaryPrimitive struct, reachable from an Op.
public sealed partial record Primitive
{
    internal NaryMath? Nary { get; init; }

    /// <summary>True for a fused primitive of n operands (<see cref="INaryPrimitive"/>), recorded as
    /// one node with n incoming edges.</summary>
    public bool IsFused => Nary is not null;

    /// <summary>r = op(a₀, …, aₙ₋₁) for a fused primitive.</summary>
    /// <exception cref="MissingRuleException">The primitive is not fused.</exception>
    public double Primal(ReadOnlySpan<double> a) => FusedRule().Primal(a);

    /// <summary>∂r/∂aₖ for every operand k of a fused primitive, at <paramref name="a"/> with result r.</summary>
    /// <exception cref="MissingRuleException">The primitive is not fused.</exception>
    public double[] Partials(ReadOnlySpan<double> a, double r) => FusedRule().Partials(a, r);

    /// <summary>The name of operand k of n, e.g. "w₂".</summary>
    public string OperandName(int k, int count) => FusedRule().OperandName(k, count);

    /// <summary>∂r/∂aₖ in the operand names, e.g. "x₂".</summary>
    public string PartialName(int k, int count) => FusedRule().PartialName(k, count);

    /// <summary>Why <paramref name="count"/> operands do not fit, or null.</summary>
    public string? Shape(int count) => FusedRule().Shape(count);

    /// <summary>The fused primitive applied to numbers of any kind (<see cref="Value"/>,
    /// <see cref="Dual"/>, <see cref="NestedDual"/>, <see cref="Real"/>).</summary>
    public T Apply<T>(ReadOnlySpan<T> a) where T : IScalar<T> => FusedRule().Apply(a);

    // Every ∂r/∂aₖ into partials, for the reverse sweep (no array per node).
    internal void Partials(ReadOnlySpan<double> a, double r, Span<double> partials) => FusedRule().Partials(a, r, partials);

    internal NaryMath FusedRule() => Nary ?? throw new MissingRuleException(Op);
}

/// <summary>The static members of one <see cref="INaryPrimitive"/> struct, reachable from an
/// <see cref="Op"/> at run time.</summary>
internal abstract class NaryMath
{
    public abstract double Primal(ReadOnlySpan<double> a);
    public abstract double[] Partials(ReadOnlySpan<double> a, double r);
    public abstract void Partials(ReadOnlySpan<double> a, double r, Span<double> partials);
    public abstract bool HasPartsRule { get; }
    public abstract (int Part0, int Part1, int Part2) PartLengths(int count);
    public abstract double Primal(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2);
    // Records the primitive on tape from three runs of its nodes (as Mlp does).
    public abstract Value Append(Tape tape, Tape.NodeRun part0, Tape.NodeRun part1, Tape.NodeRun part2);
    public abstract void Vjp(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2, double r, double g,
        Span<double> adjoint0, Span<double> adjoint1, Span<double> adjoint2);
    public abstract T Apply<T>(ReadOnlySpan<T> a) where T : IScalar<T>;
    public abstract string OperandName(int k, int count);
    public abstract string PartialName(int k, int count);
    public abstract string? Shape(int count);
}

internal sealed class NaryMath<TPrimitive> : NaryMath where TPrimitive : struct, INaryPrimitive
{
    public override double Primal(ReadOnlySpan<double> a) => TPrimitive.Primal(Reals(a));

    public override double[] Partials(ReadOnlySpan<double> a, double r)
    {
        var partials = new double[a.Length];
        Partials(a, r, partials);
        return partials;
    }

    public override void Partials(ReadOnlySpan<double> a, double r, Span<double> partials) =>
        TPrimitive.Partials(Reals(a), r, MemoryMarshal.Cast<double, Real>(partials));

    public override bool HasPartsRule => TPrimitive.HasPartsRule;

    public override (int Part0, int Part1, int Part2) PartLengths(int count) => TPrimitive.PartLengths(count);

    public override double Primal(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2) =>
        TPrimitive.Primal(part0, part1, part2);

    public override Value Append(Tape tape, Tape.NodeRun part0, Tape.NodeRun part1, Tape.NodeRun part2) =>
        tape.AppendFused<TPrimitive>(part0, part1, part2);

    public override void Vjp(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2, double r, double g,
        Span<double> adjoint0, Span<double> adjoint1, Span<double> adjoint2) =>
        TPrimitive.Vjp(part0, part1, part2, r, g, adjoint0, adjoint1, adjoint2);

    public override T Apply<T>(ReadOnlySpan<T> a) => T.Nary<TPrimitive>(a);

    public override string OperandName(int k, int count) => TPrimitive.OperandName(k, count);

    public override string PartialName(int k, int count) => TPrimitive.PartialName(k, count);

    public override string? Shape(int count) => TPrimitive.Shape(count);

    // A Real is a double in a struct: the same bytes, read in place.
    internal static ReadOnlySpan<Real> Reals(ReadOnlySpan<double> a) => MemoryMarshal.Cast<double, Real>(a);
}
