namespace AutoDiff;

/// <summary>
/// The table of primitives: one struct per primitive (in Arithmetic.cs, Elementary.cs and
/// Piecewise.cs; the fused primitives of n operands in Fused.cs), listed here once so that code
/// holding an <see cref="Op"/> finds its entry. To add a primitive: write its struct, list it
/// below and name it in <see cref="Op"/>; its named functions (<c>Value.Softplus</c>,
/// <c>T.Softplus</c>, …) are generated from the struct (<see cref="PrimitiveFunctionsAttribute"/>).
/// </summary>
public static partial class Primitives
{
    private static readonly Primitive[] ByOp = Build(
        Leaf(Op.Input, new("input", Form.Leaf, "a")),
        Leaf(Op.Constant, new("const", Form.Leaf, "c")),
        Leaf(Op.Custom, new("f", Form.Function, "f(a)", "f′(a)"), arity: 1),
        Entry<Add>(), Entry<Subtract>(), Entry<Mul>(), Entry<Div>(), Entry<Neg>(), Entry<PowConst>(), Entry<Pow>(),
        Entry<Exp>(), Entry<Log>(), Entry<Sin>(), Entry<Cos>(), Entry<Tan>(), Entry<Atan>(), Entry<Tanh>(), Entry<Sigmoid>(), Entry<Softplus>(),
        Entry<Sqrt>(), Entry<Relu>(), Entry<Abs>(), Entry<Max>(), Entry<Min>(),
        Fused<Affine>(), Fused<SumOfSquares>());

    /// <summary>Every scalar primitive with a rule (leaves, custom and fused primitives left out),
    /// in <see cref="Op"/> order.</summary>
    public static IReadOnlyList<Primitive> All { get; } = [.. ByOp.Where(p => p.Math is not null)];

    /// <summary>Every fused primitive of n operands (<see cref="INaryPrimitive"/>), in <see cref="Op"/> order.</summary>
    public static IReadOnlyList<Primitive> AllFused { get; } = [.. ByOp.Where(p => p is { IsFused: true })];

    /// <summary>The entry for <paramref name="op"/>.</summary>
    /// <exception cref="MissingRuleException">The op is not in the table.</exception>
    public static Primitive Of(Op op) =>
        (uint)op < (uint)ByOp.Length && ByOp[(int)op] is { } p ? p : throw new MissingRuleException(op);

    private static Primitive Entry<TPrimitive>() where TPrimitive : struct, IPrimitive =>
        new(TPrimitive.Op, TPrimitive.Arity, TPrimitive.Notation) { Math = new PrimitiveMath<TPrimitive>(), OperandBIsParameter = TPrimitive.OperandBIsParameter };

    private static Primitive Fused<TPrimitive>() where TPrimitive : struct, INaryPrimitive =>
        new(TPrimitive.Op, -1, TPrimitive.Notation) { Nary = new NaryMath<TPrimitive>() };

    private static Primitive Leaf(Op op, Notation notation, int arity = 0) => new(op, arity, notation);

    private static Primitive[] Build(params Primitive[] entries)
    {
        var table = new Primitive[entries.Max(e => (int)e.Op) + 1];
        foreach (var e in entries)
        {
            if (table[(int)e.Op] is not null) throw new InvalidOperationException($"The primitive {e.Op} is listed twice.");
            table[(int)e.Op] = e;
        }
        return table;
    }
}
