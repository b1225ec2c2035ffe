namespace AutoDiff.Tests;

// The one table of derivatives: every primitive has a rule and a description; a missing rule is loud.
public class RulesTests
{
    [Theory]
    [InlineData(Op.Input)]
    [InlineData(Op.Constant)]
    [InlineData(Op.Custom)]
    public void Primal_OfOpWithoutRule_ThrowsMissingRuleNamingTheOp(Op op)
    {
        var error = Assert.Throws<MissingRuleException>(() => Rules.Primal(op, 1));
        Assert.Equal(op, error.Op);
        Assert.Contains($"'{op}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_OfOpWithoutRule_ThrowsMissingRuleNamingTheOp()
    {
        var error = Assert.Throws<MissingRuleException>(() => Rules.Partials<Real>(Op.Input, 1, 0, 1));
        Assert.Contains("Input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_EveryOp_HasASymbolAndFormula()
    {
        foreach (var op in Enum.GetValues<Op>())
        {
            var info = Rules.Describe(op);
            Assert.False(string.IsNullOrWhiteSpace(info.Symbol), $"{op} has no symbol");
            Assert.False(string.IsNullOrWhiteSpace(info.Formula), $"{op} has no formula");
            if (op is not (Op.Input or Op.Constant)) Assert.NotNull(info.PartialA);
            Assert.Equal(Rules.IsBinary(op) && op != Op.PowConst, info.PartialB is not null);
        }
    }

    [Fact]
    public void Describe_Sin_SaysItsDerivativeIsCos() => Assert.Equal("cos a", Rules.Describe(Op.Sin).PartialA);

    [Fact]
    public void EveryComputingOp_HasAPrimalAndPartials()
    {
        foreach (var op in Enum.GetValues<Op>().Where(o => o is not (Op.Input or Op.Constant or Op.Custom)))
        {
            double a = 0.7, b = 1.3;
            double r = Rules.Primal(op, a, b);
            var (da, db) = Rules.Partials<Real>(op, a, b, r);
            Assert.True(double.IsFinite(r) && double.IsFinite(da.Primal) && double.IsFinite(db.Primal), $"{op} at (0.7, 1.3)");
        }
    }
}
