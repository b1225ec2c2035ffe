namespace AutoDiff;

// The operators and functions of Value. Each records one primitive; its derivative comes from
// the table of primitives. Constants mixed in (x * 2) become constant nodes on the same tape.
// The functions of the table (Value.Exp, Value.Sin, …) are written at build time from the table
// ([PrimitiveFunctions]); the operators and Pow are written here.
[PrimitiveFunctions]
public readonly partial record struct Value
{
    /// <inheritdoc/>
    public static Value operator +(Value a, Value b) => Binary<Primitives.Add>(a, b);
    /// <inheritdoc/>
    public static Value operator -(Value a, Value b) => Binary<Primitives.Subtract>(a, b);
    /// <inheritdoc/>
    public static Value operator *(Value a, Value b) => Binary<Primitives.Mul>(a, b);
    /// <inheritdoc/>
    public static Value operator /(Value a, Value b) => Binary<Primitives.Div>(a, b);
    /// <inheritdoc/>
    public static Value operator -(Value a) => Unary<Primitives.Neg>(a);

    /// <inheritdoc/>
    public static Value operator +(Value a, double c) => Binary<Primitives.Add>(a, Constant(c));
    /// <inheritdoc/>
    public static Value operator +(double c, Value a) => Binary<Primitives.Add>(Constant(c), a);
    /// <inheritdoc/>
    public static Value operator -(Value a, double c) => Binary<Primitives.Subtract>(a, Constant(c));
    /// <inheritdoc/>
    public static Value operator -(double c, Value a) => Binary<Primitives.Subtract>(Constant(c), a);
    /// <inheritdoc/>
    public static Value operator *(Value a, double c) => Binary<Primitives.Mul>(a, Constant(c));
    /// <inheritdoc/>
    public static Value operator *(double c, Value a) => Binary<Primitives.Mul>(Constant(c), a);
    /// <inheritdoc/>
    public static Value operator /(Value a, double c) => Binary<Primitives.Div>(a, Constant(c));
    /// <inheritdoc/>
    public static Value operator /(double c, Value a) => Binary<Primitives.Div>(Constant(c), a);

    /// <inheritdoc/>
    public static Value Pow(Value a, double p) => Binary<Primitives.PowConst>(a, Constant(p));
    /// <inheritdoc/>
    public static Value Pow(Value a, Value b) => Binary<Primitives.Pow>(a, b);

    /// <summary>
    /// Records a primitive you define yourself: r = f(a) with derivative f′(a). The gradient check
    /// (<c>GradCheck</c>) compares <paramref name="derivative"/> with a numeric derivative of
    /// <paramref name="function"/> and names this node if they disagree.
    /// </summary>
    /// <param name="name">Shown in graphs and reports, e.g. "cube".</param>
    /// <param name="a">The operand.</param>
    /// <param name="function">f.</param>
    /// <param name="derivative">f′.</param>
    public static Value Custom(string name, Value a, Func<double, double> function, Func<double, double> derivative)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(derivative);
        var tape = a.Tape ?? throw new ArgumentException(
            $"Custom primitive '{name}' needs a traced operand: create it with tape.Variable(...).", nameof(a));
        if (!a.IsCurrent) throw ValueErrors.Cleared(a.Index);
        double x = a.Primal;
        var node = tape.Append(new TapeEntry(Op.Custom, a.Index, -1, function(x), derivative(x), 0));
        tape.SetCustom(node.Index, new CustomPrimitive(name, function, derivative));
        return node;
    }
}
