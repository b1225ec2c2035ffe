using System.Runtime.CompilerServices;
using static AutoDiff.PartialsMath;

namespace AutoDiff;

// The table of primitives, part 4: fused primitives of n operands, each one tape entry.
public static partial class Primitives
{
    /// <summary>b + Σᵢ wᵢxᵢ over operands [w₀ … wₙ₋₁, x₀ … xₙ₋₁, b];
    /// ∂/∂wᵢ = xᵢ, ∂/∂xᵢ = wᵢ, ∂/∂b = 1: the partials are the operands themselves.</summary>
    public readonly struct Affine : INaryPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.Affine;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("b+w·x", Form.Function, "b + Σᵢ wᵢxᵢ", "xᵢ", "wᵢ");

        /// <inheritdoc/>
        public static string? Shape(int count) => count % 2 == 1 ? null
            : $"got {count} operands; give n weights, n inputs and one bias (2n + 1 operands).";

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Primal<T>(ReadOnlySpan<T> a) where T : IScalar<T>
        {
            int n = a.Length / 2;
            T sum = a[^1];
            for (int i = 0; i < n; i++) sum += a[i] * a[n + i];
            return sum;
        }

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Partials<T>(ReadOnlySpan<T> a, T r, Span<T> partials) where T : IScalar<T>
        {
            int n = a.Length / 2;
            for (int i = 0; i < n; i++)
            {
                partials[i] = a[n + i]; // ∂/∂wᵢ = xᵢ
                partials[n + i] = a[i]; // ∂/∂xᵢ = wᵢ
            }
            partials[2 * n] = One<T>(); // ∂/∂b = 1
        }

        /// <inheritdoc/>
        public static bool HasPartsRule => true;

        /// <inheritdoc/>
        public static (int Part0, int Part1, int Part2) PartLengths(int count) => (count / 2, count / 2, 1);

        /// <summary>b + Σᵢ wᵢxᵢ on the parts w, x and [b], summed in the order of <see cref="Primal{T}"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Primal(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2)
        {
            ReadOnlySpan<double> w = part0, x = part1[..w.Length]; // the slice lets the JIT drop the bounds check on x[i]
            double sum = part2[0]; // b
            for (int i = 0; i < w.Length; i++) sum += w[i] * x[i];
            return sum;
        }

        /// <summary>∂/∂wᵢ = xᵢ, ∂/∂xᵢ = wᵢ, ∂/∂b = 1, times g, added in place.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Vjp(ReadOnlySpan<double> part0, ReadOnlySpan<double> part1, ReadOnlySpan<double> part2, double r, double g,
            Span<double> adjoint0, Span<double> adjoint1, Span<double> adjoint2)
        {
            ReadOnlySpan<double> w = part0, x = part1[..w.Length];
            Span<double> dw = adjoint0[..w.Length], dx = adjoint1[..w.Length];
            for (int i = 0; i < w.Length; i++)
            {
                dw[i] += g * x[i];
                dx[i] += g * w[i];
            }
            adjoint2[0] += g; // db
        }

        /// <inheritdoc/>
        public static string OperandName(int k, int count)
        {
            int n = count / 2;
            return k < n ? "w" + NaryShape.Subscript(k) : k < 2 * n ? "x" + NaryShape.Subscript(k - n) : "b";
        }

        /// <inheritdoc/>
        public static string PartialName(int k, int count)
        {
            int n = count / 2;
            return k < n ? "x" + NaryShape.Subscript(k) : k < 2 * n ? "w" + NaryShape.Subscript(k - n) : "1";
        }

        /// <summary>The operand list [w₀ … wₙ₋₁, x₀ … xₙ₋₁, b] written into <paramref name="operands"/>
        /// (2n + 1 long).</summary>
        /// <exception cref="ArgumentException">w and x differ in length, or the buffer does not fit.</exception>
        public static void Operands<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> x, T b, Span<T> operands)
        {
            if (w.Length != x.Length) throw Mismatch(w.Length, x.Length);
            if (operands.Length != 2 * w.Length + 1)
                throw new ArgumentException(FormattableString.Invariant(
                    $"b + Σᵢ wᵢxᵢ: the operand buffer holds {operands.Length} values; it needs 2n + 1 = {2 * w.Length + 1}."), nameof(operands));
            w.CopyTo(operands);
            x.CopyTo(operands[w.Length..]);
            operands[^1] = b;
        }

        internal static ArgumentException Mismatch(int weights, int inputs) => new(FormattableString.Invariant(
            $"b + Σᵢ wᵢxᵢ: got {weights} weights and {inputs} inputs; give one weight per input."), nameof(inputs));
    }

    /// <summary>Σᵢ aᵢ²; ∂/∂aᵢ = 2aᵢ.</summary>
    public readonly struct SumOfSquares : INaryPrimitive
    {
        /// <inheritdoc/>
        public static Op Op => Op.SumOfSquares;
        /// <inheritdoc/>
        public static Notation Notation { get; } = new("Σa²", Form.Function, "Σᵢ aᵢ²", "2aᵢ");

        /// <inheritdoc/>
        public static string? Shape(int count) => count > 0 ? null : "got no operands; give at least one.";

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Primal<T>(ReadOnlySpan<T> a) where T : IScalar<T>
        {
            T sum = a[0] * a[0];
            for (int i = 1; i < a.Length; i++) sum += a[i] * a[i];
            return sum;
        }

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Partials<T>(ReadOnlySpan<T> a, T r, Span<T> partials) where T : IScalar<T>
        {
            for (int k = 0; k < a.Length; k++) partials[k] = T.Constant(2) * a[k];
        }

        /// <inheritdoc/>
        public static string OperandName(int k, int count) => "a" + NaryShape.Subscript(k);

        /// <inheritdoc/>
        public static string PartialName(int k, int count) => "2a" + NaryShape.Subscript(k);
    }
}
