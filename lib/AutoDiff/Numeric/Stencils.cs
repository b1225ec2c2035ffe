namespace AutoDiff;

/// <summary>The difference formulas themselves, each for one step h (callers choose h).</summary>
internal static class Stencils
{
    /// <summary>Levels of the Richardson tableau: h, h/2, h/4 cancel the h² and h⁴ error terms.</summary>
    public const int RichardsonLevels = 3;

    public static double Estimate(Func<double, double> f, double x, double h, DifferenceMethod method) => method switch
    {
        DifferenceMethod.Forward => (f(x + h) - f(x)) / h,
        DifferenceMethod.Backward => (f(x) - f(x - h)) / h,
        DifferenceMethod.Central => Central(f, x, h),
        DifferenceMethod.FivePoint => (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h),
        DifferenceMethod.Richardson => Richardson(f, x, h),
        DifferenceMethod.ComplexStep => throw new ArgumentException(
            "The complex-step derivative needs f over complex numbers: call Numeric.ComplexStep(f, x) with a Func<Complex, Complex>.",
            nameof(method)),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown difference method: use one of the DifferenceMethod values."),
    };

    public static double Central(Func<double, double> f, double x, double h) => (f(x + h) - f(x - h)) / (2 * h);

    // Central differences have error c₁h² + c₂h⁴ + …; halving h and combining
    // D_{k,j} = D_{k,j−1} + (D_{k,j−1} − D_{k−1,j−1}) / (4ʲ − 1) removes one term per level.
    private static double Richardson(Func<double, double> f, double x, double h)
    {
        var previous = new double[RichardsonLevels];
        var current = new double[RichardsonLevels];
        for (int k = 0; k < RichardsonLevels; k++)
        {
            current[0] = Central(f, x, h / (1 << k));
            double factor = 4;
            for (int j = 1; j <= k; j++, factor *= 4)
                current[j] = current[j - 1] + (current[j - 1] - previous[j - 1]) / (factor - 1);
            (previous, current) = (current, previous);
        }
        return previous[RichardsonLevels - 1];
    }
}
