using System.Globalization;
using System.Runtime.CompilerServices;

namespace AutoDiff;

/// <summary>
/// A number that records how it was computed, for reverse mode. It is a handle to one node on a
/// <see cref="AutoDiff.Tape"/>: operations on values append nodes, <see cref="Backward"/> sweeps
/// them in reverse, and <see cref="Adjoint"/> then holds ∂output/∂this (PyTorch's <c>.grad</c>).
/// A value with no tape is a plain constant (<see cref="Constant"/>); it joins a tape when combined
/// with a traced value. <c>default(Value)</c> (an unfilled array slot, say) is not a number: using
/// it throws. A value kept from before <see cref="AutoDiff.Tape.Clear"/> throws too, because its
/// node is gone.
/// </summary>
/// <example>
/// <code>
/// var tape = new Tape();
/// var x = tape.Variable(2, "x"); var y = tape.Variable(3, "y");
/// var f = x * x * y + Value.Sin(x);
/// f.Backward();            // x.Adjoint == 2xy + cos x, y.Adjoint == x²
/// </code>
/// </example>
public readonly partial record struct Value : IScalar<Value>
{
    // The value computed by the forward pass, carried in the handle (a node's primal never changes
    // once recorded) so that an operation need not read its operands back from the tape.
    private readonly double primal;

    // The tape's generation when this node was recorded: Tape.Clear() starts a new one, so a handle
    // kept from before it is recognised (one int compare) instead of reading someone else's node.
    private readonly int generation;

    /// <summary>A handle to node <paramref name="index"/> of <paramref name="tape"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The tape has no such node.</exception>
    public Value(Tape tape, int index)
        : this(tape ?? throw new ArgumentNullException(nameof(tape)), index, tape[index].Primal, tape.Generation)
    {
    }

    internal Value(Tape tape, int index, double primal, int generation)
    {
        Tape = tape;
        Index = index;
        this.primal = primal;
        this.generation = generation;
    }

    private Value(double c)
    {
        primal = c;
        Index = -1;
    }

    /// <summary>The tape this node lives on; null for an untraced constant.</summary>
    public Tape? Tape { get; }

    /// <summary>The node's position on the tape (−1 for an untraced constant).</summary>
    public int Index { get; }

    /// <summary>True when this value is a node on a tape (false for an untraced constant).</summary>
    public bool IsTraced => Tape is not null;

    /// <summary>The value computed by the forward pass.</summary>
    public double Primal => primal;

    /// <summary>∂output/∂this, accumulated by <see cref="Tape.Backward"/> (0 before).</summary>
    public double Adjoint
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Tape is null ? 0 : Live().AdjointOf(Index);
    }

    /// <summary>The primitive that produced this node.</summary>
    public Op Op => Tape is null ? Op.Constant : Live()[Index].Op;

    /// <summary>The display label, or null.</summary>
    public string? Label => Tape is null ? null : Live().LabelOf(Index);

    /// <summary>True when this is <c>default(Value)</c>: no tape and not made by <see cref="Constant"/>.</summary>
    internal bool IsDefault => Tape is null && Index != -1;

    /// <summary>True when this handle was recorded on its tape's current generation (before the
    /// last <see cref="AutoDiff.Tape.Clear"/> it was not).</summary>
    internal bool IsCurrent => Tape is not null && generation == Tape.Generation;

    /// <summary>The generation of the tape this handle was recorded in (see <see cref="IsCurrent"/>).</summary>
    internal int Generation => generation;

    /// <summary>Gives this node a display label (shown in graphs and narration); returns it.</summary>
    public Value Named(string label) => Traced(nameof(Named)).Label(this, label);

    /// <summary>Runs the reverse sweep from this value (seed 1): afterwards every node's
    /// <see cref="Adjoint"/> holds (adds) ∂this/∂node.</summary>
    public void Backward() => Traced(nameof(Backward)).Backward(this);

    /// <inheritdoc/>
    public static Value Constant(double c) => new(c);

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Tape is null) return $"{MessageNumber.Text(primal)} (constant)";
        string name = Label is { } l ? l + " = " : "";
        return $"{name}{MessageNumber.Text(Primal)} (node {Index.ToString(CultureInfo.InvariantCulture)}, {Op}, adjoint {MessageNumber.Text(Adjoint)})";
    }

    internal Tape Traced(string what)
    {
        if (IsDefault) throw ValueErrors.Default();
        if (Tape is null)
            throw new InvalidOperationException(
                $"{what} needs a traced value, but this one is a constant that depends on no variable. " +
                "Create inputs with tape.Variable(...) and compute from them.");
        return Live();
    }

    // The tape, after checking that this node still exists on it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Tape Live() => IsCurrent ? Tape! : throw ValueErrors.Cleared(Index);

    /// <summary>Records a unary primitive: primal and partial from the table of primitives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Unary<TPrimitive>(Value a) where TPrimitive : struct, IPrimitive
    {
        var tape = a.Tape;
        if (tape is null) return a.IsDefault ? throw ValueErrors.Default() : new Value(TPrimitive.Primal(a.primal, 0));
        if (a.generation != tape.Generation) throw ValueErrors.Cleared(a.Index);
        var (r, da) = PrimalAndPartial<TPrimitive>(a.primal);
        return tape.Append(new TapeEntry(TPrimitive.Op, a.Index, -1, r, da, 0));
    }

    // r and ∂r/∂a of a unary primitive: together when the primitive has a joint rule (sin and cos
    // from one call), else the primal and then its partial. A constant test per primitive: the JIT
    // keeps one branch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (double R, double DA) PrimalAndPartial<TPrimitive>(double x) where TPrimitive : struct, IPrimitive
    {
        if (TPrimitive.HasJointRule)
        {
            var (r, da, _) = TPrimitive.PrimalAndPartials(x, 0);
            return (r, da);
        }
        double primal = TPrimitive.Primal(x, 0);
        var (partial, _) = TPrimitive.Partials<Real>(x, 0, primal);
        return (primal, partial);
    }

    private static Value Untraced<TPrimitive>(Value a, Value b) where TPrimitive : struct, IPrimitive =>
        a.IsDefault || b.IsDefault ? throw ValueErrors.Default() : new Value(TPrimitive.Primal(a.primal, b.primal));

    // An untraced constant operand joins the tape; a node of another tape is an error. Kept out of
    // Binary so that the common case (both operands on one tape) stays a single comparison.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Value A, Value B) AdoptBoth(Tape tape, Value a, Value b) =>
        (tape.Adopt(a, nameof(a)), tape.Adopt(b, nameof(b)));

    /// <summary>Records a binary primitive: primal and partials from the table of primitives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Binary<TPrimitive>(Value a, Value b) where TPrimitive : struct, IPrimitive
    {
        var tape = a.Tape ?? b.Tape;
        if (tape is null) return Untraced<TPrimitive>(a, b);
        if (!ReferenceEquals(a.Tape, b.Tape)) (a, b) = AdoptBoth(tape, a, b); // the rare case, out of line
        if (((a.generation ^ tape.Generation) | (b.generation ^ tape.Generation)) != 0)
            throw ValueErrors.Cleared(a.generation != tape.Generation ? a.Index : b.Index);
        double x = a.primal, y = b.primal;
        double r = TPrimitive.Primal(x, y);
        var (da, db) = TPrimitive.Partials<Real>(x, y, r);
        return tape.Append(new TapeEntry(TPrimitive.Op, a.Index, b.Index, r, da, db));
    }
}
