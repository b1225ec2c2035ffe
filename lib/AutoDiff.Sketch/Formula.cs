namespace AutoDiff.Sketch;

/// <summary>
/// A formula a learner writes in a sketch: a node's definition ("x^2", "sq * y", "sin x"), an
/// edge's local derivative ("2x", "cos x") or a number ("2*1.2*2.5 + cos(1.2)"). Names are the
/// sketch's node names; evaluating looks each one up.
/// </summary>
internal abstract record Formula
{
    /// <summary>The value, with <paramref name="lookup"/> giving the value of each name.</summary>
    public abstract double Evaluate(Func<string, double> lookup);

    /// <summary>Every name the formula uses, in order of first use.</summary>
    public IReadOnlyList<string> Names()
    {
        var names = new List<string>();
        Collect(names);
        return names;
    }

    internal abstract void Collect(List<string> names);
}

/// <summary>A number.</summary>
internal sealed record NumberFormula(double Value) : Formula
{
    public override double Evaluate(Func<string, double> lookup) => Value;
    internal override void Collect(List<string> names) { }
    public override string ToString() => MessageNumber.Text(Value);
}

/// <summary>A node name.</summary>
internal sealed record NameFormula(string Name) : Formula
{
    public override double Evaluate(Func<string, double> lookup) => lookup(Name);
    internal override void Collect(List<string> names)
    {
        if (!names.Contains(Name)) names.Add(Name);
    }
    public override string ToString() => Name;
}

/// <summary>−a.</summary>
internal sealed record NegateFormula(Formula Operand) : Formula
{
    public override double Evaluate(Func<string, double> lookup) => -Operand.Evaluate(lookup);
    internal override void Collect(List<string> names) => Operand.Collect(names);
}

/// <summary>a + b, a − b, a · b, a / b or a ^ b.</summary>
internal sealed record BinaryFormula(char Operator, Formula Left, Formula Right) : Formula
{
    public override double Evaluate(Func<string, double> lookup)
    {
        double a = Left.Evaluate(lookup), b = Right.Evaluate(lookup);
        return Operator switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            '/' => a / b,
            _ => Math.Pow(a, b),
        };
    }

    internal override void Collect(List<string> names)
    {
        Left.Collect(names);
        Right.Collect(names);
    }
}

/// <summary>A function of one or two arguments: sin a, max(a, b).</summary>
internal sealed record CallFormula(Op Function, Formula Argument, Formula? Second) : Formula
{
    public override double Evaluate(Func<string, double> lookup) =>
        Primitives.Of(Function).Primal(Argument.Evaluate(lookup), Second?.Evaluate(lookup) ?? 0);

    internal override void Collect(List<string> names)
    {
        Argument.Collect(names);
        Second?.Collect(names);
    }
}
