using System.Runtime.CompilerServices;

namespace AutoDiff;

/// <summary>
/// The table of derivatives: for every primitive, its primal function and its local partial
/// derivatives. This is the only place a derivative is written. Reverse mode stores the partials
/// on the tape, forward mode multiplies them with tangents, nested duals evaluate them at a higher
/// order, and the graph's edge labels quote <see cref="Describe"/>.
/// </summary>
/// <remarks>Operands are called a and b; r is the result of the operation.</remarks>
public static class Rules
{
    /// <summary>The primal function: the value of <paramref name="op"/> at (a, b).</summary>
    /// <exception cref="MissingRuleException">The op has no rule (leaves and custom ops).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(Op op, double a, double b = 0) => op switch
    {
        Op.Add => a + b,
        Op.Sub => a - b,
        Op.Mul => a * b,
        Op.Div => a / b,
        Op.Neg => -a,
        Op.PowConst => Math.Pow(a, b),
        Op.Pow => Math.Pow(a, b),
        Op.Exp => Math.Exp(a),
        Op.Log => Math.Log(a),
        Op.Sin => Math.Sin(a),
        Op.Cos => Math.Cos(a),
        Op.Tan => Math.Tan(a),
        Op.Tanh => Math.Tanh(a),
        Op.Sigmoid => a >= 0 ? 1 / (1 + Math.Exp(-a)) : Math.Exp(a) / (1 + Math.Exp(a)),
        Op.Relu => a > 0 ? a : 0,
        Op.Sqrt => Math.Sqrt(a),
        Op.Abs => Math.Abs(a),
        Op.Max => a >= b ? a : b,
        Op.Min => a <= b ? a : b,
        _ => throw new MissingRuleException(op),
    };

    /// <summary>
    /// The local partial derivatives (∂r/∂a, ∂r/∂b) of <paramref name="op"/> at (a, b) with result r,
    /// computed in the number type <typeparamref name="T"/> (so they can themselves be differentiated).
    /// For unary ops ∂r/∂b is 0.
    /// </summary>
    /// <exception cref="MissingRuleException">The op has no rule (leaves and custom ops).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (T DA, T DB) Partials<T>(Op op, T a, T b, T r) where T : IScalar<T> => op switch
    {
        Op.Add => (One<T>(), One<T>()),                               // ∂(a+b) = 1, 1
        Op.Sub => (One<T>(), -One<T>()),                              // ∂(a−b) = 1, −1
        Op.Mul => (b, a),                                             // ∂(ab) = b, a
        Op.Div => (One<T>() / b, -r / b),                             // ∂(a/b) = 1/b, −a/b²
        Op.Neg => (-One<T>(), Zero<T>()),                             // ∂(−a) = −1
        Op.PowConst => (PowerBase(a, b, T.Pow(a, b.Primal - 1)), Zero<T>()), // ∂aᵖ = p·aᵖ⁻¹
        Op.Pow => (PowerBase(a, b, T.Pow(a, b - One<T>())),                // ∂aᵇ/∂a = b·aᵇ⁻¹
                   PowerExponent(a, b, r)),                                // ∂aᵇ/∂b = aᵇ·ln a
        Op.Exp => (r, Zero<T>()),                                     // ∂eᵃ = eᵃ
        Op.Log => (One<T>() / a, Zero<T>()),                          // ∂ln a = 1/a
        Op.Sin => (T.Cos(a), Zero<T>()),                              // ∂sin a = cos a
        Op.Cos => (-T.Sin(a), Zero<T>()),                             // ∂cos a = −sin a
        Op.Tan => (One<T>() + r * r, Zero<T>()),                      // ∂tan a = 1 + tan² a
        Op.Tanh => (One<T>() - r * r, Zero<T>()),                     // ∂tanh a = 1 − tanh² a
        Op.Sigmoid => (r * (One<T>() - r), Zero<T>()),                // ∂σ(a) = σ(a)(1 − σ(a))
        Op.Relu => (Step<T>(a.Primal > 0), Zero<T>()),                // ∂relu a = [a > 0]
        Op.Sqrt => (One<T>() / (r * 2.0), Zero<T>()),                 // ∂√a = 1/(2√a)
        Op.Abs => (T.Constant(Sign(a.Primal)), Zero<T>()),            // ∂|a| = sign a
        Op.Max => Tie<T>(a.Primal, b.Primal),                         // ∂max = [a > b], [b > a]; ½, ½ at a tie
        Op.Min => Tie<T>(b.Primal, a.Primal),                         // ∂min = [a < b], [b < a]; ½, ½ at a tie
        _ => throw new MissingRuleException(op),
    };

    /// <summary>The symbol, the primal and the partials of <paramref name="op"/> in words, for
    /// graph labels and narration.</summary>
    public static RuleInfo Describe(Op op) => op switch
    {
        Op.Input => new(op, "input", "a", null, null),
        Op.Constant => new(op, "const", "c", null, null),
        Op.Add => new(op, "+", "a + b", "1", "1"),
        Op.Sub => new(op, "−", "a − b", "1", "−1"),
        Op.Mul => new(op, "×", "a × b", "b", "a"),
        Op.Div => new(op, "÷", "a ÷ b", "1/b", "−a/b²"),
        Op.Neg => new(op, "neg", "−a", "−1", null),
        Op.PowConst => new(op, "^", "aᵖ", "p·aᵖ⁻¹", null),
        Op.Pow => new(op, "^", "aᵇ", "b·aᵇ⁻¹", "aᵇ·ln a"),
        Op.Exp => new(op, "exp", "eᵃ", "eᵃ", null),
        Op.Log => new(op, "log", "ln a", "1/a", null),
        Op.Sin => new(op, "sin", "sin a", "cos a", null),
        Op.Cos => new(op, "cos", "cos a", "−sin a", null),
        Op.Tan => new(op, "tan", "tan a", "1 + tan² a", null),
        Op.Tanh => new(op, "tanh", "tanh a", "1 − tanh² a", null),
        Op.Sigmoid => new(op, "σ", "σ(a)", "σ(a)(1 − σ(a))", null),
        Op.Relu => new(op, "relu", "max(a, 0)", "1 if a > 0 else 0", null),
        Op.Sqrt => new(op, "√", "√a", "1/(2√a)", null),
        Op.Abs => new(op, "abs", "|a|", "sign a", null),
        Op.Max => new(op, "max", "max(a, b)", "1 if a > b, ½ if a = b, else 0", "1 if b > a, ½ if a = b, else 0"),
        Op.Min => new(op, "min", "min(a, b)", "1 if a < b, ½ if a = b, else 0", "1 if b < a, ½ if a = b, else 0"),
        Op.Custom => new(op, "f", "f(a)", "f′(a)", null),
        _ => throw new MissingRuleException(op),
    };

    /// <summary>True for ops with two operands.</summary>
    public static bool IsBinary(Op op) =>
        op is Op.Add or Op.Sub or Op.Mul or Op.Div or Op.Pow or Op.PowConst or Op.Max or Op.Min;

    private static T One<T>() where T : IScalar<T> => T.Constant(1);

    private static T Zero<T>() where T : IScalar<T> => T.Constant(0);

    // Math.Sign throws on NaN; a NaN operand must give a NaN derivative (reported), not a crash.
    private static double Sign(double a) => double.IsNaN(a) ? double.NaN : Math.Sign(a);

    // b·aᵇ⁻¹ at a = 0, b = 0 is 0·∞ in floating point; a⁰ = 1 is constant, so the derivative is 0.
    private static T PowerBase<T>(T a, T b, T powerBelow) where T : IScalar<T> =>
        a.Primal == 0 && b.Primal == 0 ? Zero<T>() : b * powerBelow;

    // aᵇ·ln a at a = 0: 0ᵇ = 0 for every b > 0, so the derivative is 0 there; at b ≤ 0, 0ᵇ jumps
    // (1 at b = 0, ∞ below), so there is no derivative.
    private static T PowerExponent<T>(T a, T b, T r) where T : IScalar<T> =>
        a.Primal != 0 ? r * T.Log(a) : b.Primal > 0 ? Zero<T>() : T.Constant(double.NaN);

    private static T Step<T>(bool on) where T : IScalar<T> => T.Constant(on ? 1 : 0);

    // max/min are not differentiable at a tie; we share the derivative equally (a valid
    // subgradient, and symmetric in a and b).
    private static (T, T) Tie<T>(double winner, double other) where T : IScalar<T> =>
        winner > other ? (One<T>(), Zero<T>())
        : winner < other ? (Zero<T>(), One<T>())
        : (T.Constant(0.5), T.Constant(0.5));
}

/// <summary>A primitive described in words: its display symbol, its formula and its partials.</summary>
/// <param name="Op">The primitive.</param>
/// <param name="Symbol">Short symbol for a graph node, e.g. "×" or "sin".</param>
/// <param name="Formula">The primal in terms of a and b, e.g. "sin a".</param>
/// <param name="PartialA">∂r/∂a in words, e.g. "cos a"; null for leaves.</param>
/// <param name="PartialB">∂r/∂b in words; null for unary ops.</param>
public sealed record RuleInfo(Op Op, string Symbol, string Formula, string? PartialA, string? PartialB);

/// <summary>Thrown when an operation has no entry in the table of derivatives.</summary>
public sealed class MissingRuleException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="op"/>.</summary>
    public MissingRuleException(Op op)
        : base($"No derivative rule for the primitive '{op}'. Add it to Rules.Primal and Rules.Partials.") => Op = op;

    /// <summary>Creates the exception with a message.</summary>
    public MissingRuleException() : base("No derivative rule for this primitive.") { }

    /// <summary>Creates the exception with a message.</summary>
    public MissingRuleException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public MissingRuleException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The primitive that has no rule.</summary>
    public Op Op { get; }
}
