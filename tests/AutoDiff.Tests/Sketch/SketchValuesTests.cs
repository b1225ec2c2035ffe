using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// The numbers filled into a sketch at (x, y) = (1.2, 2.5): the first wrong one is named with why.
public class SketchValuesTests
{
    private static readonly double Fx = 2 * 1.2 * 2.5 + Math.Cos(1.2); // ∂f/∂x = 2xy + cos x, independent of the library

    private static string Values(string? x = null, string? p = null) => $"""
        x: value 1.2, grad {x ?? "2*1.2*2.5 + cos(1.2)"}
        y: value 2.5, grad 1.44
        sq: value 1.44, grad 2.5
        p: value {p ?? "3.6"}, grad 1
        s: value 0.932, grad 1
        f: value 4.532, grad 1
        """;

    private static IReadOnlyList<SketchDifference> Check(string values) =>
        SketchComparison.Compare(GraphSketch.Parse(SketchSamples.Correct).WithValues(values), SketchSamples.F, SketchSamples.Points).CheckValues();

    [Fact]
    public void RightNumbers_RoundedToThreeDigits_Pass() => Assert.Empty(Check(Values()));

    [Fact]
    public void WrongValue_ProductMissingAFactor_NamesTheFactor()
    {
        var d = Assert.Single(Check(Values(p: "1.44")));
        Assert.Equal(SketchDifferenceKind.WrongValue, d.Kind);
        Assert.Equal("p", d.SketchNode);
        Assert.Equal("The value of p = sq * y is 3.6, not 1.44. That is sq alone: the product needs the factor y too.", d.Message);
    }

    [Fact]
    public void WrongAdjoint_PathMissingFromTheSum_NamesThePath()
    {
        var d = Assert.Single(Check(Values(x: "2*1.2*2.5")));
        Assert.Equal(SketchDifferenceKind.WrongAdjoint, d.Kind);
        Assert.StartsWith($"The grad of x is {Fx.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}, not 6. The path through s is missing from the sum.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongAdjoint_FactorMissingFromAProduct_NamesTheFactor()
    {
        var d = Assert.Single(Check(Values(x: "2*1.2 + cos(1.2)")));
        Assert.StartsWith("The grad of x is", d.Message, StringComparison.Ordinal);
        Assert.Contains("On the path through sq the factor ∂f/∂sq = 2.5 (the grad of sq) is missing from the product.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNumber_SaysWhatToAdd()
    {
        var d = Assert.Single(Check(Values().Replace("s: value 0.932, grad 1", "s: value 0.932", StringComparison.Ordinal)));
        Assert.Equal("s has no grad yet: add it to its line (s: value …, grad …).", d.Message);
    }
}
