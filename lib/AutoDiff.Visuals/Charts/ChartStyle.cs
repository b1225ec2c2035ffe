namespace AutoDiff.Visuals;

/// <summary>
/// Colours and fonts of every chart. A chart is drawn as a white card with dark ink, so it reads
/// the same on VS Code's light and dark themes and in an exported page; the series colours are
/// the Okabe–Ito palette, which stays distinguishable under the common colour-vision deficiencies.
/// </summary>
public static class ChartStyle
{
    /// <summary>Card and plot background.</summary>
    public const string Background = "#ffffff";
    /// <summary>Text colour of titles, ticks and legends.</summary>
    public const string Ink = Theme.Ink;
    /// <summary>Grid lines: light grey on the white card.</summary>
    public const string Grid = "#e1e4e8";
    /// <summary>Axis lines and the legend border.</summary>
    public const string AxisLine = "#8c959f";
    /// <summary>Default chart height in CSS pixels.</summary>
    public const int Height = 480;

    /// <summary>Series colour of a difference method.</summary>
    public static string MethodColor(DifferenceMethod method) => method switch
    {
        DifferenceMethod.Forward => "#E69F00",
        DifferenceMethod.Backward => "#56B4E9",
        DifferenceMethod.Central => "#0072B2",
        DifferenceMethod.FivePoint => "#009E73",
        DifferenceMethod.ComplexStep => "#CC79A7",
        _ => "#D55E00",
    };

    /// <summary>Colour of the exact (autodiff) series.</summary>
    public const string Exact = "#1f2328";
    /// <summary>Colour of forward-mode series in the cost charts.</summary>
    public const string ForwardMode = "#E69F00";
    /// <summary>Colour of reverse-mode series in the cost charts.</summary>
    public const string ReverseMode = "#0072B2";
    /// <summary>Colour of a second quantity on a right-hand axis.</summary>
    public const string Secondary = "#009E73";
    /// <summary>Colour of guide lines and markers that explain rather than measure.</summary>
    public const string Guide = "#6e7781";

    /// <summary>The learner-facing name of a difference method.</summary>
    public static string MethodName(DifferenceMethod method) => method switch
    {
        DifferenceMethod.Forward => "forward difference",
        DifferenceMethod.Backward => "backward difference",
        DifferenceMethod.Central => "central difference",
        DifferenceMethod.FivePoint => "five-point stencil",
        DifferenceMethod.ComplexStep => "complex step",
        _ => "Richardson extrapolation",
    };
}
