namespace AutoDiff.Tests;

/// <summary>One point of one primitive with its derivatives from a table of derivatives, written
/// here independently of the library, or else from a numeric derivative of the primitive's own
/// primal, and the rule as the narration must say it with the operands named x and y.</summary>
/// <param name="Op">The primitive.</param>
/// <param name="A">Operand a (named x).</param>
/// <param name="B">Operand b (named y); the exponent p of a constant power; ignored by unary ops.</param>
/// <param name="DA">∂r/∂a at (a, b).</param>
/// <param name="DB">∂r/∂b at (a, b); null when b is not differentiated (unary ops, constant exponents).</param>
/// <param name="RuleA">∂r/∂a in words with the names put in, e.g. "cos x".</param>
/// <param name="RuleB">∂r/∂b in words, or null.</param>
/// <param name="Tolerance">The relative error allowed against <paramref name="DA"/> and <paramref name="DB"/>:
/// tight for a textbook formula, looser for a numeric derivative.</param>
public sealed record PrimitiveCase(Op Op, double A, double B, Func<double, double, double> DA,
    Func<double, double, double>? DB, string RuleA, string? RuleB = null, double Tolerance = 1e-12)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Op}({A}, {B})");
}

/// <summary>One primitive case traced: its tape, inputs, output, and whether y is traced.</summary>
public sealed record TracedCase(Tape Tape, Value X, Value Y, Value F, bool TracesB);

/// <summary>A point outside a primitive's domain and a phrase the gradient check's diagnosis must contain.</summary>
public sealed record DomainCase(Op Op, double A, double B, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Op}({A}, {B})");
}

/// <summary>The test data of the per-primitive tests. The primitives written so far have their
/// derivative from a textbook here; a primitive of the table without a line is tested at a point
/// of its own (<see cref="FromThePrimal"/>) with no line needed, so a new primitive is covered with
/// no new test code. A textbook line may still be added (it is the stricter check).</summary>
public static class PrimitiveCases
{
    private static double Sigma(double a) => 1 / (1 + Math.Exp(-a));

    /// <summary>The textbook lines, and a point from the primal for every other primitive of the table.</summary>
    public static IReadOnlyList<PrimitiveCase> Points { get; } = WithEveryPrimitive(
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
    ]);

    /// <summary>Only the lines written from a textbook (to check <see cref="FromThePrimal"/> against).</summary>
    public static IReadOnlyList<PrimitiveCase> Textbook => [.. Points.Where(c => c.Tolerance != NumericTolerance)];

    private static List<PrimitiveCase> WithEveryPrimitive(List<PrimitiveCase> textbook) =>
    [
        .. textbook,
        .. Primitives.All.Where(p => textbook.TrueForAll(c => c.Op != p.Op)).Select(FromThePrimal),
    ];

    /// <summary>
    /// A point of <paramref name="p"/> whose derivatives are the Richardson-extrapolated central
    /// difference of its primal alone (never its partials), at a = 0.7 (and b = 1.3), and whose rule
    /// in words is its partial with a and b renamed x and y here (not by the narration's code; an
    /// operand in a superscript, eᵃ, is narrated e^x, so such a primitive needs a line of its own).
    /// </summary>
    /// <exception cref="InvalidOperationException">The primal is not finite there, or it is a kink:
    /// the primitive needs a line of its own in <see cref="Points"/>.</exception>
    public static PrimitiveCase FromThePrimal(Primitive p)
    {
        const double a0 = 0.7, b0 = 1.3;
        double b = p.IsBinary ? b0 : 0;
        string? problem = !double.IsFinite(p.Primal(a0, b)) ? "not finite" : p.NearKink(a0, b, 1e-3) ? "a kink" : null;
        if (problem is not null)
            throw new InvalidOperationException($"{p.Op} cannot be tested at ({a0}, {b}) ({problem}): give it a line in PrimitiveCases.Points.");
        Func<double, double, double> da = (x, y) => Numeric.Derivative(t => p.Primal(t, y), x, DifferenceMethod.Richardson);
        Func<double, double, double>? db = TracesB(p) ? (x, y) => Numeric.Derivative(t => p.Primal(x, t), y, DifferenceMethod.Richardson) : null;
        return new(p.Op, a0, b, da, db, Named(p.PartialA!), p.PartialB is { } pb ? Named(pb) : null, NumericTolerance);
    }

    /// <summary>How close a Richardson derivative of a smooth primal comes, relative to max(1, |∂|).</summary>
    public const double NumericTolerance = 1e-8;

    // The operand names a and b as the narration names them here, x and y: whole letters only (not the a of "tan").
    private static string Named(string formula) =>
        System.Text.RegularExpressions.Regex.Replace(formula, @"(?<!\p{L})[ab](?!\p{L})", m => m.Value == "a" ? "x" : "y");

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
    public static bool TracesB(Primitive p) => p.IsBinary && !p.OperandBIsParameter;

    /// <summary>op(x, y) of <paramref name="c"/> traced on a new tape, the inputs labelled x and y;
    /// y is a constant (no tape) when the primitive does not differentiate operand b.</summary>
    public static TracedCase Trace(PrimitiveCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var p = Primitives.Of(c.Op);
        var tape = new Tape();
        var x = tape.Variable(c.A, "x");
        bool tracesB = TracesB(p);
        var y = tracesB ? tape.Variable(c.B, "y") : Value.Constant(c.B);
        return new(tape, x, y, p.Apply(x, y), tracesB);
    }

    public static TheoryData<PrimitiveCase> PointData => [.. Points];

    public static TheoryData<PrimitiveCase> TextbookData => [.. Textbook];

    public static TheoryData<DomainCase> DomainData => [.. Domains];
}
