using System.Xml.Linq;
using AutoDiff.Tests;

namespace AutoDiff.Visuals.Tests;

/// <summary>Every primitive of the table in words and in the drawing, through its one entry: the
/// narration states its local derivative with the operands' names put in, as written
/// independently in <see cref="PrimitiveCases"/>, and its graph draws as well-formed SVG. A
/// primitive added to the table is tested here without new test code.</summary>
public sealed class PrimitiveNarrationTests
{
    private static ComputationGraph Trace(PrimitiveCase c)
    {
        var f = PrimitiveCases.Trace(c).F;
        f.Backward();
        return f.ToGraph();
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void Explain_StatesTheLocalDerivativeWithTheOperandsNamed(PrimitiveCase c)
    {
        string text = Narration.Explain(Trace(c));
        Assert.Contains($"/∂x = {c.RuleA}", text, StringComparison.Ordinal);
        if (c.RuleB is not null) Assert.Contains($"/∂y = {c.RuleB}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("its rule", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void Render_DrawsTheNodeWithItsSymbol(PrimitiveCase c)
    {
        var graph = Trace(c);
        var root = XDocument.Parse(GraphSvg.Render(graph)).Root!;
        string symbol = Primitives.Of(c.Op).Symbol;
        Assert.Contains(root.Descendants(), e => e.Name.LocalName == "text" && e.Value.Contains(symbol, StringComparison.Ordinal));
    }
}
