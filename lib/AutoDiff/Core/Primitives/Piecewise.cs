using System.Runtime.CompilerServices;
using static AutoDiff.PartialsMath;

namespace AutoDiff;

// The table of primitives, part 3: piecewise primitives, with their kinks.
public static partial class Primitives
{
    /// <summary>max(a, 0); ∂ = [a &gt; 0] (0 at a = 0, as PyTorch).</summary>
    public readonly struct Relu : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Relu;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("relu", Form.Function, "max(a, 0)", "1 if a > 0 else 0");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a > 0 ? a : 0;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (Step<T>(a.Primal > 0), Zero<T>());
        /// <inheritdoc/>
        public static bool NearKink(double a, double b, double eps) => Near(a, 0, eps);
    }

    /// <summary>|a|; ∂ = sign a (0 at a = 0, as PyTorch).</summary>
    public readonly struct Abs : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Abs;
        /// <inheritdoc/>
        public static int Arity => 1;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("abs", Form.Bars, "|a|", "sign a");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => Math.Abs(a);
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => (T.Constant(Sign(a.Primal)), Zero<T>());
        /// <inheritdoc/>
        public static bool NearKink(double a, double b, double eps) => Near(a, 0, eps);
    }

    /// <summary>max(a, b); ∂ = [a &gt; b], [b &gt; a]; ½, ½ at a tie.</summary>
    public readonly struct Max : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Max;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("max", Form.Function, "max(a, b)",
            "1 if a > b, ½ if a = b, else 0", "1 if b > a, ½ if a = b, else 0");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a >= b ? a : b;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => Tie<T>(a.Primal, b.Primal);
        /// <inheritdoc/>
        public static bool NearKink(double a, double b, double eps) => Near(a, b, eps);
    }

    /// <summary>min(a, b); ∂ = [a &lt; b], [b &lt; a]; ½, ½ at a tie.</summary>
    public readonly struct Min : IPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Min;
        /// <inheritdoc/>
        public static int Arity => 2;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("min", Form.Function, "min(a, b)",
            "1 if a < b, ½ if a = b, else 0", "1 if b < a, ½ if a = b, else 0");
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(double a, double b) => a <= b ? a : b;
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static (T DA, T DB) Partials<T>(T a, T b, T r) where T : IScalar<T> => Tie<T>(b.Primal, a.Primal);
        /// <inheritdoc/>
        public static bool NearKink(double a, double b, double eps) => Near(a, b, eps);
    }
}
