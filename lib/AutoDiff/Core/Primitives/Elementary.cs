using System.Runtime.CompilerServices;
using static AutoDiff.PartialsMath;
using static AutoDiff.MessageNumber;

namespace AutoDiff;

// The table of primitives, part 2: elementary functions of one operand.
public static partial class Primitives
{
    /// <summary>eᵃ; ∂ = eᵃ.</summary>
    public readonly struct Exp : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Exp;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("exp", Form.Function, "eᵃ", "eᵃ");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Exp(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (r, Zero<T>());
        /// <inheritdoc/>
        public static string? Domain(double a, double b) => a > 0 ? $"overflow: exp({Text(a)}) = +∞" : null;
    }

    /// <summary>ln a; ∂ = 1/a.</summary>
    public readonly struct Log : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Log;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("log", Form.Function, "ln a", "1/a", Aliases: ["ln"]);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Log(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>() / a, Zero<T>());
        /// <inheritdoc/>
        public static string? Domain(double a, double b) =>
            a < 0 ? $"log of a negative number (a = {Text(a)})"
            : a == 0 ? "log of zero (a = 0): the value is −∞ and the derivative 1/a is infinite"
            : null;
    }

    /// <summary>sin a; ∂ = cos a.</summary>
    public readonly struct Sin : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Sin;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("sin", Form.Function, "sin a", "cos a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Sin(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (T.Cos(a), Zero<T>());
        /// <inheritdoc/>
        public static bool HasJointRule => true;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (double R, double DA, double DB) PrimalAndPartials(double a, double b)
        {
            var (sin, cos) = Math.SinCos(a); // one call for both: sin and its derivative cos
            return (sin, cos, 0);
        }
    }

    /// <summary>cos a; ∂ = −sin a.</summary>
    public readonly struct Cos : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Cos;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("cos", Form.Function, "cos a", "−sin a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Cos(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (-T.Sin(a), Zero<T>());
        /// <inheritdoc/>
        public static bool HasJointRule => true;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (double R, double DA, double DB) PrimalAndPartials(double a, double b)
        {
            var (sin, cos) = Math.SinCos(a);
            return (cos, -sin, 0);
        }
    }

    /// <summary>tan a; ∂ = 1 + tan² a.</summary>
    public readonly struct Tan : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Tan;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("tan", Form.Function, "tan a", "1 + tan² a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Tan(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>() + r * r, Zero<T>());
    }

    /// <summary>tanh a; ∂ = 1 − tanh² a.</summary>
    public readonly struct Tanh : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Tanh;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("tanh", Form.Function, "tanh a", "1 − tanh² a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Tanh(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>() - r * r, Zero<T>());
    }

    /// <summary>σ(a) = 1 / (1 + e⁻ᵃ); ∂ = σ(a)(1 − σ(a)).</summary>
    public readonly struct Sigmoid : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Sigmoid;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("σ", Form.Function, "σ(a)", "σ(a)(1 − σ(a))");
        // Two forms so that e⁻ᵃ never overflows.
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a >= 0 ? 1 / (1 + Math.Exp(-a)) : Math.Exp(a) / (1 + Math.Exp(a));
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (r * (One<T>() - r), Zero<T>());
    }

    /// <summary>softplus a = ln(1 + eᵃ), a smooth relu; ∂ = σ(a).</summary>
    public readonly struct Softplus : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Softplus;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("softplus", Form.Function, "ln(1 + eᵃ)", "σ(a)");
        // max(a, 0) + ln(1 + e⁻|ᵃ|): eᵃ never overflows, and for a ≪ 0 the value stays eᵃ, not 0.
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Max(a, 0) + LogOnePlus(Math.Exp(-Math.Abs(a)));
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (T.Sigmoid(a), Zero<T>());

        // ln(1 + x) to full precision for small x, where 1 + x rounds (Goldberg's correction). Written
        // here because double.LogP1 is Log(x + 1) in .NET and loses exactly those digits.
        private static double LogOnePlus(double x)
        {
            double u = 1 + x;
            return u == 1 ? x : Math.Log(u) * x / (u - 1);
        }
    }

    /// <summary>√a; ∂ = 1/(2√a).</summary>
    public readonly struct Sqrt : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Sqrt;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("√", Form.Function, "√a", "1/(2√a)");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Sqrt(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>() / (r * 2.0), Zero<T>());
        /// <inheritdoc/>
        public static string? Domain(double a, double b) =>
            a < 0 ? $"sqrt of a negative number (a = {Text(a)})" : a == 0 ? "sqrt at 0: derivative is infinite" : null;
    }

    /// <summary>atan a; ∂ = 1/(1 + a²).</summary>
    public readonly struct Atan : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Atan;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("atan", Form.Function, "atan a", "1/(1 + a²)");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Atan(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (One<T>() / (One<T>() + a * a), Zero<T>());
    }
}
