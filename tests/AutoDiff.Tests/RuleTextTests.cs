using AutoDiff.Sketch;

namespace AutoDiff.Tests;

/// <summary>The one text of a rule and of brackets (<see cref="RuleText"/>): a rule of the table of
/// derivatives with the operands' names put in, brackets only where the reading would change,
/// exponents written out where a superscript cannot hold a name, a constant exponent's value put in;
/// and the sketch's feedback writing each primitive's rule as written independently in
/// <see cref="PrimitiveCases"/> (the narration is held to the same lines in the Visuals tests).</summary>
public sealed class RuleTextTests
{
    [Theory]
    [InlineData("cos a", "x", "", "cos x")]
    [InlineData("cos a", "x + y", "", "cos (x + y)")]
    [InlineData("cos a", "−x", "", "cos (−x)")]
    [InlineData("1/b", "x", "x/y", "1/(x/y)")]
    [InlineData("eᵃ", "sin x²", "", "e^(sin x²)")]
    [InlineData("eᵃ", "x", "", "e^x")]
    [InlineData("eᵃ", "x·y", "", "e^(x·y)")]
    [InlineData("b·aᵇ⁻¹", "x", "y", "y·x^(y − 1)")]
    [InlineData("aᵇ·ln a", "x", "y", "x^y·ln x")]
    [InlineData("aᵇ·ln a", "x²", "y", "(x²)^y·ln x²")]
    [InlineData("−a/b²", "x", "sin y", "−x/(sin y)²")]
    [InlineData("σ(a)(1 − σ(a))", "x + y", "", "σ(x + y)(1 − σ(x + y))")]
    [InlineData("1 − tanh² a", "u", "", "1 − tanh² u")]
    [InlineData("1 if a > b", "x", "y", "1 if x > y")]
    [InlineData("a", "sin x", "y", "sin x")]
    [InlineData("b", "x", "x·y", "x·y")]
    public void Substitute_NamesEachOperand(string formula, string a, string b, string expected) =>
        Assert.Equal(expected, RuleText.Substitute(formula, a, b));

    [Fact]
    public void Substitute_EveryRuleOfTheTable_KeepsNoGenericOperandOrSuperscriptLetter()
    {
        foreach (var p in Primitives.All.Where(p => !p.IsFused))
        {
            foreach (int operand in new[] { 0, 1 })
            {
                string? text = RuleText.Partial(p.Op, operand, "u", "v", parameter: 3);
                if (text is null) continue;
                Assert.DoesNotMatch(@"(?<![A-Za-z])[abp](?![A-Za-z])|[ᵃᵇᵖ]", text);
            }
        }
    }

    // d/dx xᵖ = p·xᵖ⁻¹ with p's value put in; p = 2 is 2x, as one writes it.
    [Theory]
    [InlineData(3.0, "x", "3·x^2")]
    [InlineData(2.0, "x", "2x")]
    [InlineData(2.0, "x + y", "2(x + y)")]
    [InlineData(2.0, "sin x", "2(sin x)")]
    [InlineData(0.5, "x²", "0.5·(x²)^-0.5")]
    [InlineData(-1.0, "w0", "-1·w0^-2")]
    public void Partial_ConstantPower_PutsTheExponentsValueIn(double p, string a, string expected) =>
        Assert.Equal(expected, RuleText.Partial(Op.PowConst, 0, a, "", p));

    [Fact]
    public void Partial_NoRuleForTheOperand_IsNull()
    {
        Assert.Null(RuleText.Partial(Op.Sin, 1, "x", "y"));
        Assert.Null(RuleText.Partial(Op.Input, 0, "x", "y"));
    }

    [Theory]
    [InlineData("x", "x")]
    [InlineData("x²", "x²")]
    [InlineData("(x + y)²", "(x + y)²")]
    [InlineData("sin x", "(sin x)")]
    [InlineData("x·y", "(x·y)")]
    [InlineData("x/y", "(x/y)")]
    [InlineData("−x", "(−x)")]
    [InlineData("-2", "(-2)")]
    public void Operand_BracketsWhatIsNotOneQuantity(string name, string expected) =>
        Assert.Equal(expected, RuleText.Operand(name));

    [Theory]
    [InlineData("x", "x")]
    [InlineData("x₁", "x₁")]
    [InlineData("2.5", "2.5")]
    [InlineData("x²", "(x²)")]
    [InlineData("xy", "xy")]
    [InlineData("(x + y)", "(x + y)")]
    [InlineData("sin x", "(sin x)")]
    [InlineData("-2", "(-2)")]
    public void Base_KeepsOnlyOnePlainNameOrAGroupBare(string name, string expected) =>
        Assert.Equal(expected, RuleText.Base(name));

    [Theory]
    [InlineData("x²", "x²")]
    [InlineData("(x + y)", "(x + y)")]
    [InlineData("(x + y)²", "((x + y)²)")]
    [InlineData("sin x", "(sin x)")]
    [InlineData("x/y", "(x/y)")]
    public void InDerivative_BracketsAPoweredGroupToo(string name, string expected) =>
        Assert.Equal(expected, RuleText.InDerivative(name));

    [Theory]
    [InlineData("sin x", "sin x")]
    [InlineData("x·y", "x·y")]
    [InlineData("x + y", "(x + y)")]
    [InlineData("x − y", "(x − y)")]
    [InlineData("(x + y)²", "(x + y)²")]
    public void Term_BracketsOnlySumsAndDifferences(string name, string expected) =>
        Assert.Equal(expected, RuleText.Term(name));

    [Fact]
    public void AName_ThatIsNull_IsRefusedByName()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => RuleText.Operand(null!)).ParamName);
        Assert.Equal("formula", Assert.Throws<ArgumentNullException>(() => RuleText.Substitute(null!, "x", "y")).ParamName);
    }

    // The sketch's feedback names an edge's local derivative with the same rule text as the
    // narration; both are held to the lines written independently in PrimitiveCases.
    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void SketchEdgeText_OfEveryPrimitive_IsItsRuleWithTheOperandsNamed(PrimitiveCase c)
    {
        var (tape, x, y, f, tracesB) = PrimitiveCases.Trace(c);
        var entry = tape[f.Index];
        int yIndex = tracesB ? y.Index : -1;
        string Name(int id) => id == x.Index ? "x" : id == yIndex ? "y" : "?";
        double Primal(int id) => tape[id].Primal;

        Assert.Equal(c.RuleA, EdgeFormulaText.Of(entry, x.Index, Name, Primal));
        if (c.RuleB is not null) Assert.Equal(c.RuleB, EdgeFormulaText.Of(entry, y.Index, Name, Primal));
    }
}
