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
    public void EveryComputingOp_PartialsMatchFivePointDifferencesOfItsPrimal()
    {
        // Independent truth for the whole table at once: differentiate each op's own primal
        // numerically. (0.7, 1.3) is away from every kink and tie (relu, abs, max, min).
        const double a = 0.7, b = 1.3;
        foreach (var op in Enum.GetValues<Op>().Where(o => o is not (Op.Input or Op.Constant or Op.Custom)))
        {
            double r = Rules.Primal(op, a, b);
            var (da, db) = Rules.Partials<Real>(op, a, b, r);
            double numericA = Numeric.Derivative(x => Rules.Primal(op, x, b), a, DifferenceMethod.FivePoint);
            // The second operand of a unary op, and PowConst's exponent, are not differentiated: 0.
            double numericB = Rules.IsBinary(op) && op != Op.PowConst
                ? Numeric.Derivative(y => Rules.Primal(op, a, y), b, DifferenceMethod.FivePoint)
                : 0;
            PrimitiveAssert.Close(numericA, da.Primal, 1e-9, $"{op} ∂/∂a:");
            PrimitiveAssert.Close(numericB, db.Primal, 1e-9, $"{op} ∂/∂b:");
        }
    }
}
