using System.Globalization;

namespace AutoDiff.Interactive;

/// <summary>
/// Finds a kink that a central difference cannot see: at a symmetric kink such as |a|·x at a = 0
/// the central difference averages the two one-sided slopes and agrees with the subgradient
/// autodiff picks, so a gradient check passes although there is no derivative.
/// </summary>
internal static class Smoothness
{
    private const double Step = 1e-5;

    /// <summary>A hint when the one-sided slopes of <paramref name="g"/> at <paramref name="x0"/>
    /// differ by more than curvature explains (for smooth g they differ by about Step·|g″|),
    /// or null. <paramref name="at"/> names the point, e.g. "x = 0.5".</summary>
    internal static string? KinkHint(Func<double, double> g, double x0, string at)
    {
        double f0 = g(x0);
        double right = (g(x0 + Step) - f0) / Step;
        double left = (f0 - g(x0 - Step)) / Step;
        if (!double.IsFinite(left) || !double.IsFinite(right)) return null;
        if (Math.Abs(right - left) <= 1e-2 * Math.Max(1, Math.Abs(left) + Math.Abs(right))) return null;
        return $"Your function has a kink at {at}: slope ≈ {Slope(left)} from the left, ≈ {Slope(right)} from the right, so there is no derivative " +
               "there and autodiff can only pick one side (a subgradient). Move the kink (abs, relu, max) away from this point or choose a smooth function.";
    }

    // One-sided differences are accurate to about Step·|g″|: three digits are all that is meaningful.
    private static string Slope(double s) => s.ToString("G3", CultureInfo.InvariantCulture);
}
