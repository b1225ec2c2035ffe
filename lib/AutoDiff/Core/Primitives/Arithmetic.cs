using System.Runtime.CompilerServices;
using static AutoDiff.PartialsMath;
using static AutoDiff.MessageNumber;

namespace AutoDiff;

// The table of primitives, part 1: arithmetic and powers. Each entry is the whole primitive.
public static partial class Primitives
{
    /// <summary>a + b; ∂ = 1, 1.</summary>
    public readonly struct Add : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Add;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("+", Form.Sum, "a + b", "1", "1");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a + b;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>(), One<T>());
    }

    /// <summary>a − b; ∂ = 1, −1.</summary>
    public readonly struct Subtract : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Subtract;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("−", Form.Difference, "a − b", "1", "−1");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a - b;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>(), -One<T>());
    }

    /// <summary>a × b; ∂ = b, a.</summary>
    public readonly struct Mul : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Mul;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("×", Form.Product, "a × b", "b", "a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a * b;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (b, a);
    }

    /// <summary>a ÷ b; ∂ = 1/b, −a/b².</summary>
    public readonly struct Div : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Div;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("÷", Form.Quotient, "a ÷ b", "1/b", "−a/b²");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a / b;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>() / b, -r / b);
        /// <inheritdoc/>
        public static string? Domain(double a, double b) => b == 0 ? $"division by zero (a = {Text(a)}, b = 0)" : null;
    }

    /// <summary>−a; ∂ = −1.</summary>
    public readonly struct Neg : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Neg;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("neg", Form.Negation, "−a", "−1");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => -a;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (-One<T>(), Zero<T>());
    }

    /// <summary>aᵖ with a constant exponent p (operand b, a parameter: no edge); ∂ = p·aᵖ⁻¹.</summary>
    public readonly struct PowConst : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.PowConst;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("^", Form.ConstantPower, "aᵖ", "p·aᵖ⁻¹");
        /// <inheritdoc/>
        public static bool OperandBIsParameter => true;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Pow(a, b);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> =>
            (PowerBase(a, b, T.Pow(a, b.Primal - 1)), Zero<T>());
        /// <inheritdoc/>
        public static string? Domain(double a, double b) => PowerDomain(a, b);
    }

    /// <summary>aᵇ with a traced exponent; ∂ = b·aᵇ⁻¹, aᵇ·ln a.</summary>
    public readonly struct Pow : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Pow;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("^", Form.Power, "aᵇ", "b·aᵇ⁻¹", "aᵇ·ln a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Pow(a, b);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> =>
            (PowerBase(a, b, T.Pow(a, b - One<T>())),
             a.Primal != 0 ? r * T.Log(a)
             : b.Primal > 0 ? Zero<T>()                // 0ᵇ = 0 for every b > 0
             : T.Constant(double.NaN));                // 0ᵇ jumps at b = 0: no derivative
        /// <inheritdoc/>
        public static string? Domain(double a, double b) => PowerDomain(a, b) ?? (a, b) switch
        {
            (0, 0) => "0ᵇ with a traced exponent at b = 0: 0ᵇ jumps from 1 (b = 0) to 0 (b > 0), so ∂/∂b does not exist",
            (< 0, _) => $"power of a negative base with a traced exponent (a = {Text(a)}, b = {Text(b)}): aᵇ is not a real number for b near {Text(b)}, so ∂/∂b does not exist",
            _ => null,
        };
    }

    // b·aᵇ⁻¹ at a = 0, b = 0 is 0·∞ in floating point; a⁰ = 1 is constant, so the derivative is 0.
    private static T PowerBase<T>(T a, T b, T powerBelow) where T : IScalar<T> =>
        a.Primal == 0 && b.Primal == 0 ? Zero<T>() : b * powerBelow;

    private static string? PowerDomain(double a, double b) => (a, b) switch
    {
        (< 0, _) when !double.IsInteger(b) => $"power of a negative number with a fractional exponent (a = {Text(a)}, b = {Text(b)})",
        (0, < 0) => $"power of zero with a negative exponent ({Text(b)}): the value is infinite",
        (0, > 0 and < 1) => $"power of zero with exponent {Text(b)} between 0 and 1: the derivative is infinite",
        _ => null,
    };
}
