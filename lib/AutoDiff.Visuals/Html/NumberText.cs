using System.Globalization;

namespace AutoDiff.Visuals;

/// <summary>Numbers as a learner reads them: at most four significant digits, a true minus
/// sign (U+2212), scientific notation only for very large or very small magnitudes, and the
/// same text on every machine (invariant culture).</summary>
public static class NumberText
{
    /// <summary>Formats <paramref name="x"/>: 12, 0.4161, −0.9093, 1.235e+06, 3e−08, NaN, ∞.</summary>
    public static string Format(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsPositiveInfinity(x)) return "∞";
        if (double.IsNegativeInfinity(x)) return "−∞";
        if (x == 0) return "0";
        double magnitude = Math.Abs(x);
        string text = magnitude is >= 1e5 or < 1e-3
            ? x.ToString("0.###e+0", CultureInfo.InvariantCulture)
            : x.ToString("G4", CultureInfo.InvariantCulture);
        return text.Replace('-', '−');
    }

    /// <summary>A coordinate for SVG: at most two decimals, invariant culture, no exponent.</summary>
    public static string Coordinate(double x) =>
        Math.Round(x, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators: 1,000,000.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
