namespace AutoDiff;

/// <summary>A number as the library's messages write it (a primitive's domain, the gradient check's
/// diagnosis): "NaN", "+∞", "−∞" or six significant digits.</summary>
internal static class MessageNumber
{
    public static string Text(double v) =>
        double.IsNaN(v) ? "NaN"
        : double.IsPositiveInfinity(v) ? "+∞"
        : double.IsNegativeInfinity(v) ? "−∞"
        : v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
