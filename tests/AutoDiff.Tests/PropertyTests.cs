using System.Globalization;
using CsCheck;

namespace AutoDiff.Tests;

public class PropertyTests
{
    private const int Trees = 1500;

    private static readonly Gen<(Expr Tree, double[] X)> Cases =
        Gen.Int[1, 3].SelectMany(n => Gen.Select(Expr.Tree(n), Expr.Coordinate.Array[n]));

    private static string Print((Expr Tree, double[] X) c) =>
        $"f = {c.Tree} at x = [{string.Join(", ", c.X.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}]";

    private static double[] ReverseGrad(Expr tree, double[] x) => Reverse.Grad(tree.Eval, x);

    // The gradient by reverse mode and the largest term |adjoint × partial| it summed: where large
    // terms cancel (x/x near 0), the two modes may differ by rounding of that size.
    // Null when an intermediate value or local derivative overflows (1/x² at x = 1e-200): there the modes may differ
    // legitimately (reverse stops at a zero adjoint, forward computes 0·∞ = NaN).
    private static (double[] Grad, double Scale)? ReverseGradAndScale(Expr tree, double[] x)
    {
        var tape = new Tape();
        var inputs = tape.Variables(x);
        var y = tree.Eval(inputs);
        if (!double.IsFinite(y.Primal)) return null;
        if (!y.IsTraced) return (new double[x.Length], 0);
        tape.Backward(y);
        double scale = 0;
        for (int i = 0; i < tape.Count; i++)
        {
            var e = tape[i];
            if (!double.IsFinite(e.Primal) || !double.IsFinite(e.PartialA) || !double.IsFinite(e.PartialB)) return null;
            double g = Math.Abs(tape.AdjointOf(i));
            if (e.A >= 0) scale = Math.Max(scale, g * Math.Abs(e.PartialA));
            if (e.B >= 0 && e.Op != Op.PowConst) scale = Math.Max(scale, g * Math.Abs(e.PartialB));
        }
        return (inputs.Select(v => v.Adjoint).ToArray(), scale);
    }

    private static double[] ForwardGrad(Expr tree, double[] x) => Forward.Grad(tree.Eval, x);

    private static double Value(Expr tree, double[] x) => tree.Eval(Array.ConvertAll(x, d => new Real(d))).Primal;

    [Fact]
    public void RandomTrees_ReverseModeEqualsForwardMode()
    {
        int compared = 0;
        Cases.Sample(c =>
        {
            var (tree, x) = c;
            if (ReverseGradAndScale(tree, x) is not var (reverse, scale)) return; // overflow inside f
            var forward = ForwardGrad(tree, x);
            for (int i = 0; i < x.Length; i++)
            {
                // Same partials, different order of summation: agreement to rounding of the terms summed.
                Assert.True(reverse[i] == forward[i] || Math.Abs(reverse[i] - forward[i]) <= 1e-12 * (1 + Math.Abs(forward[i])) + 1e-14 * scale,
                    $"∂f/∂x{i}: reverse {reverse[i]:R}, forward {forward[i]:R} (largest term {scale:R})");
            }
            Interlocked.Increment(ref compared);
        }, iter: Trees, print: Print);
        Assert.True(compared >= Trees * 9 / 10, $"only {compared} of {Trees} trees stayed finite");
    }

    [Fact]
    public void RandomTrees_ReverseModeMatchesNumericCentralDifferences()
    {
        int compared = 0, illConditioned = 0, numericUnreliable = 0;
        Cases.Sample(c =>
        {
            var (tree, x) = c;
            if (!WellConditioned(tree, x))
            {
                Interlocked.Increment(ref illConditioned);
                return;
            }
            var central = Numeric.Grad(p => Value(tree, p), x);
            var fivePoint = Numeric.Grad(p => Value(tree, p), x, DifferenceMethod.FivePoint);
            // Where two stencils of different order disagree, the numeric estimate itself is
            // unreliable (f steep or wildly curved here): nothing trustworthy to compare against.
            for (int i = 0; i < x.Length; i++)
            {
                if (Math.Abs(central[i] - fivePoint[i]) > 1e-5 * (1 + Math.Abs(fivePoint[i])))
                {
                    Interlocked.Increment(ref numericUnreliable);
                    return;
                }
            }
            var reverse = ReverseGrad(tree, x);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.True(Math.Abs(reverse[i] - central[i]) <= 1e-5 * (1 + Math.Abs(central[i])),
                    $"∂f/∂x{i}: reverse {reverse[i]:R}, numeric central {central[i]:R}");
            }
            Interlocked.Increment(ref compared);
        }, iter: Trees, print: Print);
        Assert.True(compared >= Trees * 3 / 4,
            $"only {compared} of {Trees} trees compared: {illConditioned} near a pole, kink or overflow, {numericUnreliable} with unreliable numeric derivatives");
    }

    // Away from poles (|denominator| ≥ 1e-3), kinks of |·| (≥ 1e-4) and huge values.
    private static bool WellConditioned(Expr tree, double[] x)
    {
        double pole = double.PositiveInfinity, kink = double.PositiveInfinity;
        tree.Inspect(x, ref pole, ref kink);
        double value = Value(tree, x);
        return pole >= 1e-3 && kink >= 1e-4 && double.IsFinite(value) && Math.Abs(value) < 1e6;
    }
}
