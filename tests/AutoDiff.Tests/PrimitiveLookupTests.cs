namespace AutoDiff.Tests;

// The table read by Op: every primitive has a description; a missing rule is loud.
public class PrimitiveLookupTests
{
    [Theory]
    [InlineData(Op.Input)]
    [InlineData(Op.Constant)]
    [InlineData(Op.Custom)]
    public void Primal_OfOpWithoutRule_ThrowsMissingRuleNamingTheOp(Op op)
    {
        var error = Assert.Throws<MissingRuleException>(() => Primitives.Of(op).Primal(1));
        Assert.Equal(op, error.Op);
        Assert.Contains($"'{op}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_OfOpWithoutRule_ThrowsMissingRuleNamingTheOp()
    {
        var error = Assert.Throws<MissingRuleException>(() => Primitives.Of(Op.Input).Partials(1, 0, 1));
        Assert.Contains("Input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_EveryOp_HasASymbolAndFormula()
    {
        foreach (var op in Enum.GetValues<Op>())
        {
            var info = Primitives.Of(op);
            Assert.False(string.IsNullOrWhiteSpace(info.Symbol), $"{op} has no symbol");
            Assert.False(string.IsNullOrWhiteSpace(info.Formula), $"{op} has no formula");
            if (op is not (Op.Input or Op.Constant)) Assert.NotNull(info.PartialA);
            if (!info.IsFused) Assert.Equal(info.IsBinary && !info.OperandBIsParameter, info.PartialB is not null);
        }
    }

    [Fact]
    public void Describe_Sin_SaysItsDerivativeIsCos() => Assert.Equal("cos a", Primitives.Of(Op.Sin).PartialA);
}
