namespace AutoDiff;

/// <summary>The one text of a number in what the library and the lesson write for a learner with
/// full precision (a primitive's domain, the gradient check's diagnosis, <c>ToString</c> of the
/// number types, sketch feedback and edge formulas): six significant digits in the invariant culture,
/// so 0.1 + 0.2 reads 0.3 and 1e-07 stays 1e-07, and "NaN", "+∞" or "−∞" for a number that is not
/// finite (G6 alone would write ∞ and -∞ with an ASCII minus). The drawn graph and the narration's
/// rounded values use <c>AutoDiff.Visuals.NumberText</c> (four digits) instead.</summary>
public static class MessageNumber
{
    /// <summary>Writes <paramref name="v"/>: 3, -0.416147, 1.23457e+06, NaN, +∞, −∞.</summary>
    /// <param name="v">The number to write.</param>
    /// <returns>Six significant digits (invariant culture) or NaN, +∞ (U+221E), −∞ (U+2212 U+221E).</returns>
    public static string Text(double v) =>
        double.IsNaN(v) ? "NaN"
        : double.IsPositiveInfinity(v) ? "+∞"
        : double.IsNegativeInfinity(v) ? "−∞"
        : v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
