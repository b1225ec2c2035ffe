using System.Globalization;

namespace AutoDiff.Visuals;

/// <summary>Culture-independent text for chart labels and hover boxes.</summary>
internal static class Invariant
{
    /// <summary>An interpolated string formatted with the invariant culture.</summary>
    public static string Text(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Scientific notation with up to three significant digits and a true minus: 2.2e−16.</summary>
    public static string Scientific(double x) =>
        double.IsFinite(x) ? x.ToString("0.##e+0", CultureInfo.InvariantCulture).Replace('-', '−') : NumberText.Format(x);
}
