using System.Globalization;

namespace AutoDiff.Tests;

/// <summary>Assertions shared by the derivative tests: relative closeness, and both modes at once.</summary>
internal static class PrimitiveAssert
{
    /// <summary>|expected − actual| ≤ tolerance · max(1, |expected|), with both numbers in the message.</summary>
    public static void Close(double expected, double actual, double tolerance = 1e-12, string what = "")
    {
        double allowed = tolerance * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= allowed,
            string.Create(CultureInfo.InvariantCulture, $"{what} expected {expected:R}, got {actual:R} (allowed error {allowed:G3})"));
    }

    /// <summary>f′(x) by reverse mode (Value) and by forward mode (Dual) both equal <paramref name="expected"/>.</summary>
    public static void Derivative(Func<Value, Value> reverse, Func<Dual, Dual> forward, double x, double expected, double tolerance = 1e-12)
    {
        Close(expected, Reverse.Derivative(reverse, x), tolerance, $"reverse mode at x = {x}:");
        Close(expected, Forward.Derivative(forward, x), tolerance, $"forward mode at x = {x}:");
    }

    /// <summary>(∂f/∂a, ∂f/∂b) at (a, b) by reverse mode and by forward mode both equal the expected pair.</summary>
    public static void Partials(Func<Value, Value, Value> reverse, Func<Dual, Dual, Dual> forward,
        double a, double b, double expectedA, double expectedB, double tolerance = 1e-12)
    {
        var r = Reverse.Grad(v => reverse(v[0], v[1]), [a, b]);
        var f = Forward.Grad(v => forward(v[0], v[1]), [a, b]);
        Close(expectedA, r[0], tolerance, $"reverse ∂/∂a at ({a}, {b}):");
        Close(expectedB, r[1], tolerance, $"reverse ∂/∂b at ({a}, {b}):");
        Close(expectedA, f[0], tolerance, $"forward ∂/∂a at ({a}, {b}):");
        Close(expectedB, f[1], tolerance, $"forward ∂/∂b at ({a}, {b}):");
    }

    /// <summary>The two doubles are the same bit pattern (stricter than ==: tells 0 from −0).</summary>
    public static void BitIdentical(double expected, double actual) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            string.Create(CultureInfo.InvariantCulture, $"expected the bits of {expected:R}, got {actual:R}"));
}
