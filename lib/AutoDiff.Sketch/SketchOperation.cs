namespace AutoDiff.Sketch;

/// <summary>Turns a node's definition into one primitive and its operands: x^2 is a power with
/// constant exponent 2, sq * y a product, sin x a sine. A definition with more than one operation,
/// or none, is an error that says how to split it.</summary>
internal static class SketchOperation
{
    public static (Op Op, SketchOperand[] Operands) Of(Formula formula, string name, string written, int line, string token)
    {
        if (Atom(formula) is { } single)
        {
            if (single.IsConstant) return (Op.Constant, [single]);
            throw new SketchFormatException(line, token,
                $"{name} = {written} is a second name for {single.Node}, not an operation: use {single.Node} itself on the edges.");
        }
        var result = formula switch
        {
            NegateFormula n when Atom(n.Operand) is { } a => (Op.Neg, new[] { a }),
            CallFormula c when Atom(c.Argument) is { } a && c.Second is null => (c.Function, new[] { a }),
            CallFormula c when Atom(c.Argument) is { } a && c.Second is not null && Atom(c.Second) is { } b => (c.Function, new[] { a, b }),
            BinaryFormula { Operator: '^' } p when Atom(p.Left) is { } a && Atom(p.Right) is { } b =>
                (b.IsConstant ? Op.PowConst : Op.Pow, new[] { a, b }),
            BinaryFormula b when Atom(b.Left) is { } l && Atom(b.Right) is { } r => (b.Operator switch
            {
                '+' => Op.Add, '-' => Op.Subtract, '*' => Op.Mul, _ => Op.Div,
            }, new[] { l, r }),
            _ => ((Op, SketchOperand[])?)null,
        };
        if (result is not { } found)
            throw new SketchFormatException(line, token,
                $"{name} = {written} has more than one operation: a node is one operation on names or numbers. Give each operation its own line, e.g. sq = x^2, then p = sq * y.");
        if (found.Item2.All(o => o.IsConstant))
            throw new SketchFormatException(line, token, $"{name} = {written} uses no node: write its value as a number ({name} = 3) or use a node name.");
        return found;
    }

    // A name, a number or a negative number: what an operand may be.
    private static SketchOperand? Atom(Formula f) => f switch
    {
        NameFormula n => new SketchOperand(n.Name, 0),
        NumberFormula c => new SketchOperand(null, c.Value),
        NegateFormula { Operand: NumberFormula c } => new SketchOperand(null, -c.Value),
        _ => null,
    };
}
