namespace AutoDiff.Tests;

// Every primitive of the table, through its one entry, in every mode, against a derivative written
// independently in PrimitiveCases (a textbook formula, or a Richardson derivative of the primitive's
// own primal): reverse, forward, nested forward, and a five-point difference of the primal. A
// primitive added to the table is tested here without new test code.
public class PrimitiveTableTests
{
    [Fact]
    public void EveryPrimitiveOfTheTable_HasTestPoints()
    {
        var tested = PrimitiveCases.Points.Select(c => c.Op).ToHashSet();
        Assert.All(Primitives.All, p => Assert.True(tested.Contains(p.Op), $"{p.Op} has no line in PrimitiveCases.Points"));
    }

    // The truth of a primitive without a textbook line is a numeric derivative of its primal: it
    // must agree with every textbook line, or it would be no truth at all.
    [Theory]
    [MemberData(nameof(PrimitiveCases.TextbookData), MemberType = typeof(PrimitiveCases))]
    public void DerivativeFromThePrimal_AgreesWithTheTextbook(PrimitiveCase c)
    {
        var numeric = PrimitiveCases.FromThePrimal(Primitives.Of(c.Op));
        PrimitiveAssert.Close(c.DA(c.A, c.B), numeric.DA(c.A, c.B), PrimitiveCases.NumericTolerance, "∂/∂a:");
        if (c.DB is not null) PrimitiveAssert.Close(c.DB(c.A, c.B), numeric.DB!(c.A, c.B), PrimitiveCases.NumericTolerance, "∂/∂b:");
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void ReverseMode_MatchesAnalytic(PrimitiveCase c)
    {
        var p = Primitives.Of(c.Op);
        var tape = new Tape();
        var x = tape.Variable(c.A);
        var y = PrimitiveCases.TracesB(p) ? tape.Variable(c.B) : Value.Constant(c.B);
        p.Apply(x, y).Backward();
        PrimitiveAssert.Close(c.DA(c.A, c.B), x.Adjoint, c.Tolerance, "∂/∂a:");
        if (c.DB is not null) PrimitiveAssert.Close(c.DB(c.A, c.B), y.Adjoint, c.Tolerance, "∂/∂b:");
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void JointRule_GivesThePrimalAndPartialsOfTheRuleApart(PrimitiveCase c)
    {
        var p = Primitives.Of(c.Op);
        if (!p.Math!.HasJointRule) return; // primal and partials apart only: nothing to compare
        var (r, da, db) = p.Math.PrimalAndPartials(c.A, c.B);
        double primal = p.Math.Primal(c.A, c.B);
        var (pa, pb) = p.Math.Partials(c.A, c.B, primal);
        PrimitiveAssert.Close(primal, r, 1e-15, "r:");
        PrimitiveAssert.Close(pa, da, 1e-15, "∂/∂a:");
        PrimitiveAssert.Close(pb, db, 1e-15, "∂/∂b:");
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void ForwardMode_MatchesAnalytic(PrimitiveCase c)
    {
        var p = Primitives.Of(c.Op);
        PrimitiveAssert.Close(c.DA(c.A, c.B), p.Apply(new Dual(c.A, 1), new Dual(c.B, 0)).Tangent, c.Tolerance, "∂/∂a:");
        if (c.DB is not null)
            PrimitiveAssert.Close(c.DB(c.A, c.B), p.Apply(new Dual(c.A, 0), new Dual(c.B, 1)).Tangent, c.Tolerance, "∂/∂b:");
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void NestedForwardMode_MatchesAnalytic(PrimitiveCase c)
    {
        var p = Primitives.Of(c.Op);
        PrimitiveAssert.Close(c.DA(c.A, c.B), Nested.Derivative(t => p.Apply(t, (NestedDual)c.B), c.A), c.Tolerance, "∂/∂a:");
        if (c.DB is not null)
            PrimitiveAssert.Close(c.DB(c.A, c.B), Nested.Derivative(t => p.Apply((NestedDual)c.A, t), c.B), c.Tolerance, "∂/∂b:");
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void FivePointDifferenceOfThePrimal_MatchesAnalytic(PrimitiveCase c)
    {
        var p = Primitives.Of(c.Op);
        double numericA = Numeric.Derivative(t => p.Apply<Real>(t, c.B), c.A, DifferenceMethod.FivePoint);
        PrimitiveAssert.Close(c.DA(c.A, c.B), numericA, 1e-8, "numeric ∂/∂a:");
        if (c.DB is null) return;
        double numericB = Numeric.Derivative(t => p.Apply<Real>(c.A, t), c.B, DifferenceMethod.FivePoint);
        PrimitiveAssert.Close(c.DB(c.A, c.B), numericB, 1e-8, "numeric ∂/∂b:");
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.PointData), MemberType = typeof(PrimitiveCases))]
    public void GraphEdge_CarriesTheAnalyticLocalDerivative(PrimitiveCase c)
    {
        var (_, x, y, f, _) = PrimitiveCases.Trace(c);
        var graph = f.ToGraph();
        var edgeA = Assert.Single(graph.Edges, e => e.Parent == x.Index);
        PrimitiveAssert.Close(c.DA(c.A, c.B), edgeA.LocalDerivative, c.Tolerance, "edge x:");
        Assert.Equal(c.RuleA, edgeA.Formula);
        if (c.DB is not null)
        {
            var edgeB = Assert.Single(graph.Edges, e => e.Parent == y.Index);
            PrimitiveAssert.Close(c.DB(c.A, c.B), edgeB.LocalDerivative, c.Tolerance, "edge y:");
            Assert.Equal(c.RuleB, edgeB.Formula);
        }
    }

    [Theory]
    [MemberData(nameof(PrimitiveCases.DomainData), MemberType = typeof(PrimitiveCases))]
    public void GradCheck_OutsideTheDomain_NamesTheNodeAndTheReason(DomainCase c)
    {
        var p = Primitives.Of(c.Op);
        var report = PrimitiveCases.TracesB(p)
            ? GradCheck.Check(v => p.Apply(v[0], v[1]), [c.A, c.B])
            : GradCheck.Check(v => p.Apply(v[0], Value.Constant(c.B)), [c.A]);
        Assert.False(report.Passed, report.Summary);
        Assert.Equal(c.Op, report.Culprit?.Op);
        Assert.Contains(c.Message, report.Culprit!.Problem, StringComparison.Ordinal);
    }
}
