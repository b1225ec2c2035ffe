namespace AutoDiff.Visuals.Tests;

/// <summary>A rule of the table of derivatives with the operands' names put in: brackets only where
/// the reading would change, exponents written out where a superscript cannot hold a name.</summary>
public sealed class RuleTextTests
{
    [Theory]
    [InlineData("cos a", "x", "", "cos x")]
    [InlineData("cos a", "x + y", "", "cos (x + y)")]
    [InlineData("eᵃ", "sin x²", "", "e^(sin x²)")]
    [InlineData("eᵃ", "x", "", "e^x")]
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
        foreach (var op in Enum.GetValues<Op>())
        {
            var info = Primitives.Of(op);
            foreach (string? rule in new[] { info.PartialA, info.PartialB })
            {
                if (rule is null || op == Op.PowConst) continue; // aᵖ: the narration recovers p from the values
                string text = RuleText.Substitute(rule, "u", "v");
                Assert.DoesNotMatch(@"(?<![A-Za-z])[ab](?![A-Za-z])|[ᵃᵇ]", text);
            }
        }
    }
}
