namespace AutoDiff.Sketch;

/// <summary>An operand of a sketch node: another node (by name) or a number written inline
/// (the 2 of x^2, the 3 of 3x).</summary>
/// <param name="Node">The operand node's name, or null for a number.</param>
/// <param name="Constant">The number, when <paramref name="Node"/> is null.</param>
public readonly record struct SketchOperand(string? Node, double Constant)
{
    /// <summary>True for a number written inline.</summary>
    public bool IsConstant => Node is null;
}

/// <summary>A node of a sketch: an input, a constant or one primitive operation on its operands.</summary>
/// <param name="Name">The learner's name for it (x, sq, p…).</param>
/// <param name="Kind">Input, constant, operation, or output (the operation nothing else uses).</param>
/// <param name="Op">The primitive (<see cref="Op.Input"/> and <see cref="Op.Constant"/> for leaves).</param>
/// <param name="Operands">Operand a, then operand b.</param>
/// <param name="Definition">The definition as written ("x^2"); "input" for an input.</param>
/// <param name="Line">The line of the sketch text that defines it (1-based).</param>
public sealed record SketchNode(string Name, NodeKind Kind, Op Op, IReadOnlyList<SketchOperand> Operands, string Definition, int Line)
{
    /// <summary>The distinct operand nodes (numbers left out), in operand order.</summary>
    public IEnumerable<string> OperandNodes => Operands.Where(o => !o.IsConstant).Select(o => o.Node!).Distinct(StringComparer.Ordinal);

    /// <summary>The value of this node's operation on operand values <paramref name="valueOf"/>.</summary>
    internal double Apply(Func<string, double> valueOf)
    {
        double Operand(int i) => i >= Operands.Count ? 0 : Operands[i].IsConstant ? Operands[i].Constant : valueOf(Operands[i].Node!);
        return Op == Op.Constant ? Operands[0].Constant : Primitives.Of(Op).Primal(Operand(0), Operand(1));
    }
}

/// <summary>An edge From → To of a sketch with its local derivative ∂To/∂From as the learner wrote it.</summary>
/// <param name="From">The operand node.</param>
/// <param name="To">The node that uses it.</param>
/// <param name="Derivative">The local derivative as written ("2x", "cos x").</param>
/// <param name="Line">The line of the sketch text (1-based).</param>
public sealed record SketchEdge(string From, string To, string Derivative, int Line)
{
    internal Formula Formula { get; init; } = new NumberFormula(double.NaN);
}

/// <summary>The numbers a learner filled in for one node: its forward value and its adjoint
/// (∂output/∂node, the "grad"). Either may be missing.</summary>
/// <param name="Value">The forward value, or null.</param>
/// <param name="Adjoint">The adjoint, or null.</param>
/// <param name="Line">The line of the values text (1-based).</param>
public sealed record SketchNumbers(double? Value, double? Adjoint, int Line);
