namespace AutoDiff;

// The operators and functions of Value. Each records one primitive; its derivative comes from
// Rules. Constants mixed in (x * 2) become constant nodes on the same tape.
public readonly partial record struct Value
{
    /// <inheritdoc/>
    public static Value operator +(Value a, Value b) => Binary(Op.Add, a, b);
    /// <inheritdoc/>
    public static Value operator -(Value a, Value b) => Binary(Op.Sub, a, b);
    /// <inheritdoc/>
    public static Value operator *(Value a, Value b) => Binary(Op.Mul, a, b);
    /// <inheritdoc/>
    public static Value operator /(Value a, Value b) => Binary(Op.Div, a, b);
    /// <inheritdoc/>
    public static Value operator -(Value a) => Unary(Op.Neg, a);

    /// <inheritdoc/>
    public static Value operator +(Value a, double c) => Binary(Op.Add, a, Constant(c));
    /// <inheritdoc/>
    public static Value operator +(double c, Value a) => Binary(Op.Add, Constant(c), a);
    /// <inheritdoc/>
    public static Value operator -(Value a, double c) => Binary(Op.Sub, a, Constant(c));
    /// <inheritdoc/>
    public static Value operator -(double c, Value a) => Binary(Op.Sub, Constant(c), a);
    /// <inheritdoc/>
    public static Value operator *(Value a, double c) => Binary(Op.Mul, a, Constant(c));
    /// <inheritdoc/>
    public static Value operator *(double c, Value a) => Binary(Op.Mul, Constant(c), a);
    /// <inheritdoc/>
    public static Value operator /(Value a, double c) => Binary(Op.Div, a, Constant(c));
    /// <inheritdoc/>
    public static Value operator /(double c, Value a) => Binary(Op.Div, Constant(c), a);

    /// <inheritdoc/>
    public static Value Exp(Value a) => Unary(Op.Exp, a);
    /// <inheritdoc/>
    public static Value Log(Value a) => Unary(Op.Log, a);
    /// <inheritdoc/>
    public static Value Sin(Value a) => Unary(Op.Sin, a);
    /// <inheritdoc/>
    public static Value Cos(Value a) => Unary(Op.Cos, a);
    /// <inheritdoc/>
    public static Value Tan(Value a) => Unary(Op.Tan, a);
    /// <inheritdoc/>
    public static Value Tanh(Value a) => Unary(Op.Tanh, a);
    /// <inheritdoc/>
    public static Value Sigmoid(Value a) => Unary(Op.Sigmoid, a);
    /// <inheritdoc/>
    public static Value Relu(Value a) => Unary(Op.Relu, a);
    /// <inheritdoc/>
    public static Value Sqrt(Value a) => Unary(Op.Sqrt, a);
    /// <inheritdoc/>
    public static Value Abs(Value a) => Unary(Op.Abs, a);
    /// <inheritdoc/>
    public static Value Pow(Value a, double p) => Binary(Op.PowConst, a, Constant(p));
    /// <inheritdoc/>
    public static Value Pow(Value a, Value b) => Binary(Op.Pow, a, b);
    /// <inheritdoc/>
    public static Value Max(Value a, Value b) => Binary(Op.Max, a, b);
    /// <inheritdoc/>
    public static Value Min(Value a, Value b) => Binary(Op.Min, a, b);

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
