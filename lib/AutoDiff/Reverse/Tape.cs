using System.Globalization;
using System.Runtime.CompilerServices;

namespace AutoDiff;

/// <summary>
/// The record of a computation for reverse mode (a "Wengert list"): every operation on a
/// <see cref="Value"/> appends a <see cref="TapeEntry"/>. Entries are appended in evaluation order,
/// so walking them from last to first visits every node after all the nodes that use it: a
/// reverse topological order for free, with no recursion and no sort.
/// </summary>
/// <remarks>
/// Backward semantics, as in PyTorch: <see cref="Backward"/> <em>adds</em> the gradient of its output
/// into every node's <see cref="Value.Adjoint"/>; calling it twice doubles every adjoint, and
/// <see cref="ZeroGrad"/> sets them all back to 0. A tape records one computation at a time: use one
/// per thread. Handing a tape to another thread between computations is fine (a notebook may run
/// each cell on a different thread); two threads recording on it at once is detected and throws,
/// and the tape then refuses further work until <see cref="Clear"/>.
/// </remarks>
public sealed partial class Tape
{
    /// <summary>The most entries a tape may hold (about 3 GiB); beyond it we fail with advice
    /// instead of running the machine out of memory.</summary>
    public const int MaxEntries = 80_000_000;

    // A node's entry is stored in three parts: its edges and partials (all that the sweep reads),
    // its value (what a fused node reads of its operands, a run at a time) and its operation (what
    // drawing and explaining read), so that the sweep's read per node is 24 bytes, not 40.
    private Node[] nodes;
    private double[] primals;
    private Op[] ops;
    private int count;
    private double[] adjoints = [];
    private double[] scratch = [];
    private bool hasAdjoints;
    private int generation = 1;

    /// <summary>Creates an empty tape.</summary>
    /// <param name="capacity">Entries to reserve up front (the tape grows as needed).</param>
    public Tape(int capacity = 64)
    {
        nodes = new Node[Math.Max(capacity, 4)];
        primals = new double[nodes.Length];
        ops = new Op[nodes.Length];
    }

    // A TapeEntry without its primal and op: 24 bytes, the sweep's whole read per node. A leaf has
    // A = B = −1; a fused node has A = Fused, so the sweep tells it apart without reading its op.
    private readonly record struct Node(int A, int B, double PartialA, double PartialB)
    {
        public const int Fused = -2;

        public bool IsFused => A == Fused;
    }

    /// <summary>A tape for tracing a function of <paramref name="inputs"/> inputs: room for a few
    /// operations per input up front, so a small function never has to grow the tape.</summary>
    internal static Tape ForInputs(int inputs) => new(Math.Max(64, inputs * 4));

    /// <summary>Number of nodes recorded (inputs, constants and operations): the tape's size.</summary>
    public int Count => count;

    /// <summary>An estimate of the bytes this tape retains for a backward pass: every entry plus
    /// one adjoint per entry (<see cref="TapeEntry.BytesWithAdjoint"/> each), plus the operands
    /// listed for fused nodes, as runs of consecutive nodes (<see cref="BytesPerRun"/> each).</summary>
    public long EstimatedBytes => (long)count * TapeEntry.BytesWithAdjoint + (long)runCount * BytesPerRun;

    /// <summary>The recorded entries, in evaluation order (a copy: the tape stores each entry's
    /// value apart from its operation).</summary>
    public TapeEntry[] Entries
    {
        get
        {
            var result = new TapeEntry[count];
            for (int i = 0; i < result.Length; i++) result[i] = EntryAt(i);
            return result;
        }
    }

    /// <summary>The entry at <paramref name="index"/>.</summary>
    public TapeEntry this[int index] => index >= 0 && index < count
        ? EntryAt(index)
        : throw new ArgumentOutOfRangeException(nameof(index),
            FormattableString.Invariant($"Node {index} is not on this tape of {count} nodes: use an index from 0 to Count − 1."));

    /// <summary>Records an independent variable (a leaf we differentiate with respect to).</summary>
    public Value Variable(double primal, string? label = null) => Label(Append(new(Op.Input, -1, -1, primal, 0, 0)), label);

    /// <summary>Records several independent variables at once, labelled with
    /// <paramref name="labels"/> (one per value) when given; unlabelled inputs are drawn as x and
    /// their node index (x0, x1, … on a fresh tape).</summary>
    public Value[] Variables(IReadOnlyList<double> primals, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(primals);
        if (labels is not null && labels.Count != primals.Count)
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Got {labels.Count} labels for {primals.Count} values: give one label per value, or none."),
                nameof(labels));
        var result = new Value[primals.Count];
        for (int i = 0; i < result.Length; i++)
            result[i] = Variable(primals[i], labels is null ? null : labels[i]);
        return result;
    }

    /// <summary>Records a constant (a leaf whose derivative is never needed).</summary>
    public Value Constant(double c, string? label = null) => Label(Append(new(Op.Constant, -1, -1, c, 0, 0)), label);

    /// <summary>The adjoint ∂output/∂node accumulated by <see cref="Backward"/> (0 before any backward).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // read once per input after every backward pass
    public double AdjointOf(int index) => hasAdjoints && index < adjoints.Length ? adjoints[index] : 0;

    /// <summary>
    /// The reverse sweep: seeds the output's adjoint with <paramref name="seed"/> and, for each
    /// entry from the output back to the first, sends adjoint × local partial to each operand.
    /// Adds into the adjoints already present (see the class remarks).
    /// </summary>
    public void Backward(Value output, double seed = 1.0)
    {
        Own(output, nameof(output));
        int me = Enter();
        if (adjoints.Length < count)
        {
            Array.Resize(ref adjoints, Math.Max(count, adjoints.Length * 2));
        }

        // First backward after creation or ZeroGrad: sweep straight into the adjoints.
        // Otherwise sweep into a scratch buffer and add it, so intermediate adjoints already
        // present are not propagated a second time.
        double[] target = adjoints;
        if (hasAdjoints)
        {
            if (scratch.Length < adjoints.Length) scratch = new double[adjoints.Length];
            else Array.Clear(scratch, 0, output.Index + 1);
            target = scratch;
        }

        Sweep(target, output.Index, seed);

        if (hasAdjoints)
        {
            for (int i = 0; i <= output.Index; i++) adjoints[i] += scratch[i];
        }
        hasAdjoints = true;
        Leave(me);
    }

    /// <summary>Sets every adjoint back to 0 (PyTorch's <c>zero_grad</c>).</summary>
    public void ZeroGrad()
    {
        Array.Clear(adjoints);
        hasAdjoints = false;
    }

    /// <summary>Forgets every entry so the tape can be reused without reallocating. Values recorded
    /// before are invalid afterwards: using one throws.</summary>
    public void Clear()
    {
        count = 0;
        operandCount = 0;
        runCount = 0;
        generation++;
        corrupted = false;
        labels?.Clear();
        customs?.Clear();
        ZeroGrad();
    }

    private TapeEntry EntryAt(int i)
    {
        var n = nodes[i];
        return new TapeEntry(ops[i], n.IsFused ? -1 : n.A, n.B, primals[i], n.PartialA, n.PartialB);
    }

    // The heart of reverse mode: a dozen lines, no recursion.
    private void Sweep(double[] adjoint, int from, double seed)
    {
        ReadOnlySpan<Node> tape = nodes.AsSpan(0, from + 1); // lets the JIT drop bounds checks on tape[i]
        adjoint[from] += seed;
        for (int i = from; i >= 0; i--)
        {
            double g = adjoint[i];
            if (g == 0) continue; // nothing flows back through this node
            ref readonly var e = ref tape[i];
            if (e.A >= 0) adjoint[e.A] += g * e.PartialA;
            else if (e.IsFused) SweepFused(adjoint, i, g); // n operands, listed apart (Tape.Fused.cs)
            if (e.B >= 0) adjoint[e.B] += g * e.PartialB;
        }
    }

    /// <summary>Which nodes <paramref name="output"/> depends on (itself included): one backward pass
    /// over the indices, no recursion. Drawing a graph and counting a sweep's work both start here.</summary>
    internal bool[] DependenciesOf(int output)
    {
        var needed = new bool[output + 1];
        needed[output] = true;
        for (int i = output; i >= 0; i--)
        {
            if (!needed[i]) continue;
            var e = nodes[i];
            if (e.A >= 0) needed[e.A] = true;
            if (e.B >= 0) needed[e.B] = true;
            if (e.IsFused)
            {
                foreach (int operand in OperandsOf(i)) needed[operand] = true;
            }
        }
        return needed;
    }

    internal double PrimalOf(int index) => primals[index];

    // Inlined into every operator: a call per node would cost as much as the node itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Value Append(in TapeEntry entry)
    {
        int me = Enter();
        var node = Put(entry);
        Leave(me);
        return node;
    }

    // Append's write, for callers that have already entered (a fused node, a run of nodes).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Value Put(in TapeEntry entry) => Put(entry, entry.A);

    // storedA: the node's A as the sweep reads it, entry.A for every node but a fused one (Node.Fused).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Value Put(in TapeEntry entry, int storedA)
    {
        // count and the arrays are read once: a second thread writing at the same time may change
        // them under us, and the writes below must still land in bounds (Leave reports the clash).
        int i = count;
        if ((i & StackCheckInterval) == 0) EnsureStack(); // one test per node; the check itself every 64 nodes
        var slots = nodes;
        var values = primals;
        var operations = ops;
        if ((uint)i >= (uint)slots.Length || (uint)i >= (uint)values.Length || (uint)i >= (uint)operations.Length)
            (slots, values, operations) = Grow(i, slots);
        slots[i] = new Node(storedA, entry.B, entry.PartialA, entry.PartialB);
        values[i] = entry.Primal;
        operations[i] = entry.Op;
        count = i + 1;
        return new Value(this, i, entry.Primal, generation);
    }

    /// <summary>The generation of the entries: <see cref="Clear"/> starts a new one.</summary>
    internal int Generation => generation;

    internal void Own(Value v, string name)
    {
        if (v.IsDefault) throw ValueErrors.Default();
        if (v.Tape is null)
            throw new ArgumentException("This value is a constant that depends on no variable; create inputs with tape.Variable(...).", name);
        if (!ReferenceEquals(v.Tape, this))
            throw new ArgumentException(FormattableString.Invariant($"Node {v.Index} belongs to another tape. Build the whole function on one tape."), name);
        if (!v.IsCurrent) throw ValueErrors.Cleared(v.Index);
    }

    // An untraced constant joins this tape as a constant node; a node of another tape is an error.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Value Adopt(Value v, string name)
    {
        if (ReferenceEquals(v.Tape, this)) return v;
        if (v.IsDefault) throw ValueErrors.Default();
        if (v.Tape is null) return Constant(v.Primal);
        Own(v, name);
        return v;
    }

    // Called with the full array and its count, read once by Append. A count past the end, or
    // arrays of two sizes, can only come from a second thread writing at the same time.
    private (Node[], double[], Op[]) Grow(int used, Node[] full)
    {
        var fullValues = primals; // read once: a second thread may replace them under us
        var fullOps = ops;
        if (used != full.Length || fullValues.Length != full.Length || fullOps.Length != full.Length) Collided();
        if (full.Length >= MaxEntries)
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The tape holds {used:N0} nodes, the most it may. Record less (use Checkpointing for long chains) or Clear() the tape between steps."));
        int size = (int)Math.Min((long)full.Length * 2, MaxEntries);
        var bigger = new Node[size];
        full.AsSpan(0, used).CopyTo(bigger);
        var values = new double[size];
        fullValues.AsSpan(0, used).CopyTo(values);
        var operations = new Op[size];
        fullOps.AsSpan(0, used).CopyTo(operations);
        nodes = bigger;
        primals = values;
        ops = operations;
        return (bigger, values, operations);
    }
}
