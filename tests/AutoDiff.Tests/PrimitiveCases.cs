namespace AutoDiff.Tests;

/// <summary>One point of one primitive with its derivatives from a table of derivatives, written
/// here independently of the library, and the rule as the narration must say it with the operands
/// named x and y.</summary>
/// <param name="Op">The primitive.</param>
/// <param name="A">Operand a (named x).</param>
/// <param name="B">Operand b (named y); the exponent p of a constant power; ignored by unary ops.</param>
/// <param name="DA">∂r/∂a at (a, b).</param>
/// <param name="DB">∂r/∂b at (a, b); null when b is not differentiated (unary ops, constant exponents).</param>
/// <param name="RuleA">∂r/∂a in words with the names put in, e.g. "cos x".</param>
/// <param name="RuleB">∂r/∂b in words, or null.</param>
public sealed record PrimitiveCase(Op Op, double A, double B, Func<double, double, double> DA,
    Func<double, double, double>? DB, string RuleA, string? RuleB = null)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Op}({A}, {B})");
}

/// <summary>A point outside a primitive's domain and a phrase the gradient check's diagnosis must contain.</summary>
public sealed record DomainCase(Op Op, double A, double B, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Op}({A}, {B})");
}

/// <summary>The test data of the per-primitive tests. A new primitive needs its lines here (its
/// derivative from a textbook, its rule in words); the tests themselves need no change.</summary>
public static class PrimitiveCases
{
    private static double Sigma(double a) => 1 / (1 + Math.Exp(-a));

    public static IReadOnlyList<PrimitiveCase> Points { get; } =
    [
        new(Op.Add, 0.7, 1.3, (a, b) => 1, (a, b) => 1, "1", "1"),
        new(Op.Subtract, 0.7, 1.3, (a, b) => 1, (a, b) => -1, "1", "−1"),
        new(Op.Mul, 0.7, 1.3, (a, b) => b, (a, b) => a, "y", "x"),
        new(Op.Div, 0.7, 1.3, (a, b) => 1 / b, (a, b) => -a / (b * b), "1/y", "−x/y²"),
        new(Op.Neg, 0.7, 0, (a, b) => -1, null, "−1"),
        new(Op.PowConst, 0.7, 3, (a, b) => 3 * a * a, null, "3·x^2"),
        new(Op.Pow, 0.7, 1.3, (a, b) => b * Math.Pow(a, b - 1), (a, b) => Math.Pow(a, b) * Math.Log(a), "y·x^(y − 1)", "x^y·ln x"),
        new(Op.Exp, 0.7, 0, (a, b) => Math.Exp(a), null, "e^x"),
        new(Op.Log, 0.7, 0, (a, b) => 1 / a, null, "1/x"),
        new(Op.Sin, 0.7, 0, (a, b) => Math.Cos(a), null, "cos x"),
        new(Op.Cos, 0.7, 0, (a, b) => -Math.Sin(a), null, "−sin x"),
        new(Op.Tan, 0.7, 0, (a, b) => 1 / (Math.Cos(a) * Math.Cos(a)), null, "1 + tan² x"),
        new(Op.Tanh, 0.7, 0, (a, b) => 1 / (Math.Cosh(a) * Math.Cosh(a)), null, "1 − tanh² x"),
        new(Op.Sigmoid, 0.7, 0, (a, b) => Sigma(a) * (1 - Sigma(a)), null, "σ(x)(1 − σ(x))"),
        new(Op.Sqrt, 0.7, 0, (a, b) => 0.5 / Math.Sqrt(a), null, "1/(2√x)"),
        new(Op.Relu, 0.7, 0, (a, b) => 1, null, "1 if x > 0 else 0"),
        new(Op.Relu, -0.7, 0, (a, b) => 0, null, "1 if x > 0 else 0"),
        new(Op.Abs, -0.7, 0, (a, b) => -1, null, "sign x"),
        new(Op.Max, 0.7, 1.3, (a, b) => 0, (a, b) => 1, "1 if x > y, ½ if x = y, else 0", "1 if y > x, ½ if x = y, else 0"),
        new(Op.Min, 0.7, 1.3, (a, b) => 1, (a, b) => 0, "1 if x < y, ½ if x = y, else 0", "1 if y < x, ½ if x = y, else 0"),
        new(Op.Atan, 0.7, 0, (a, b) => 1 / (1 + a * a), null, "1/(1 + x²)"),
    ];

    public static IReadOnlyList<DomainCase> Domains { get; } =
    [
        new(Op.Log, -1, 0, "log of a negative number (a = -1)"),
        new(Op.Log, 0, 0, "log of zero"),
        new(Op.Div, 1, 0, "division by zero"),
        new(Op.Sqrt, -1, 0, "sqrt of a negative number"),
        new(Op.PowConst, -2, 0.5, "negative number with a fractional exponent"),
        new(Op.PowConst, 0, 0.5, "between 0 and 1: the derivative is infinite"),
        new(Op.Pow, -2, 3, "negative base with a traced exponent"),
        new(Op.Exp, 1000, 0, "overflow: exp(1000)"),
    ];

    /// <summary>f(x, y) = op(x, y) written with the primitive's entry; y is a traced input only
    /// when the primitive differentiates its second operand.</summary>
    public static bool TracesB(Primitive p) => p.IsBinary && p.PartialB is not null;

    public static TheoryData<PrimitiveCase> PointData => [.. Points];

    public static TheoryData<DomainCase> DomainData => [.. Domains];
}
