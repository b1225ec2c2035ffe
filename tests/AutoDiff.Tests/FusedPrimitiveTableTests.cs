namespace AutoDiff.Tests;

/// <summary>Every fused primitive of the table, at the points of <see cref="FusedPrimitiveCases"/>:
/// analytic partials against reverse mode, forward mode, nested duals and a numeric difference,
/// and the graph, the gradient check and bad input.</summary>
public class FusedPrimitiveTableTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void EveryFusedPrimitiveOfTheTable_HasTestPoints()
    {
        var covered = FusedPrimitiveCases.Points.Select(c => c.Op).ToHashSet();
        Assert.NotEmpty(Primitives.AllFused);
        Assert.All(Primitives.AllFused, p => Assert.Contains(p.Op, covered));
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void ReverseMode_OneNode_MatchesAnalytic(FusedCase c)
    {
        var tape = new Tape();
        var a = tape.Variables(c.A);
        var r = Primitives.Of(c.Op).Apply<Value>(a);
        r.Backward();
        Assert.Equal(c.A.Length + 1, tape.Count); // the operands and ONE node
        Assert.Equal(c.Primal(c.A), r.Primal, Tolerance);
        for (int k = 0; k < a.Length; k++) Assert.Equal(c.Partial(c.A, k), a[k].Adjoint, Tolerance);
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void ForwardMode_MatchesAnalytic(FusedCase c)
    {
        for (int k = 0; k < c.A.Length; k++)
        {
            var duals = c.A.Select((v, i) => new Dual(v, i == k ? 1 : 0)).ToArray();
            var r = Primitives.Of(c.Op).Apply<Dual>(duals);
            Assert.Equal(c.Primal(c.A), r.Primal, Tolerance);
            Assert.Equal(c.Partial(c.A, k), r.Tangent, Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void NestedForwardMode_MatchesAnalytic(FusedCase c)
    {
        var primitive = Primitives.Of(c.Op);
        for (int k = 0; k < c.A.Length; k++)
        {
            int at = k;
            double d = Nested.Derivative(t =>
                primitive.Apply<NestedDual>(c.A.Select((v, i) => i == at ? t : NestedDual.Constant(v)).ToArray()), c.A[k]);
            Assert.Equal(c.Partial(c.A, k), d, Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void CentralDifferenceOfThePrimal_MatchesAnalytic(FusedCase c)
    {
        var primitive = Primitives.Of(c.Op);
        for (int k = 0; k < c.A.Length; k++)
        {
            int at = k;
            double numeric = Numeric.Derivative(t => primitive.Primal(c.A.Select((v, i) => i == at ? t : v).ToArray()), c.A[k]);
            Assert.Equal(c.Partial(c.A, k), numeric, 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void Graph_OneNodeWithAnEdgePerOperand_CarryingTheAnalyticPartial(FusedCase c)
    {
        var tape = new Tape();
        var a = tape.Variables(c.A);
        var graph = Primitives.Of(c.Op).Apply<Value>(a).ToGraph();
        Assert.Equal(c.A.Length + 1, graph.Nodes.Count);
        Assert.Equal(c.A.Length, graph.Edges.Count);
        for (int k = 0; k < a.Length; k++)
        {
            var edge = graph.Edges.Single(e => e.Parent == a[k].Index);
            Assert.Equal(k, edge.Operand);
            Assert.Equal(c.Partial(c.A, k), edge.LocalDerivative, Tolerance);
            Assert.Equal(Primitives.Of(c.Op).PartialName(k, c.A.Length), edge.Formula);
        }
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void GradCheck_PassesThroughAFusedNode(FusedCase c)
    {
        var primitive = Primitives.Of(c.Op);
        var report = GradCheck.Check(x => Value.Sin(primitive.Apply<Value>(x)), c.A);
        Assert.True(report.Passed, report.Summary);
    }

    [Fact]
    public void GradCheck_NonFiniteOperand_NamesTheInput()
    {
        var report = GradCheck.Check(x => Value.SumOfSquares(x), [1.0, double.NaN]);
        Assert.False(report.Passed);
        Assert.Contains("NaN", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Overflow_IsNamedAtTheFusedNode()
    {
        var tape = new Tape();
        var x = tape.Variables([1e200, 1e200]);
        var r = Value.SumOfSquares(x);
        Assert.Equal(double.PositiveInfinity, r.Primal);
        Assert.Contains("overflow", NonFinite.Describe(tape, r.Index), StringComparison.Ordinal);
    }

    [Fact]
    public void Affine_WeightsAndInputsOfDifferentLengths_SaysWhatToGive()
    {
        var tape = new Tape();
        var w = tape.Variables([1.0, 2.0, 3.0]);
        var x = tape.Variables([1.0, 2.0]);
        var error = Assert.Throws<ArgumentException>(() => Value.Affine(w, x, tape.Variable(0)));
        Assert.Contains("got 3 weights and 2 inputs; give one weight per input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nary_WrongOperandCount_SaysWhatToGive()
    {
        var tape = new Tape();
        var error = Assert.Throws<ArgumentException>(() => Value.Nary<Primitives.Affine>(tape.Variables([1.0, 2.0])));
        Assert.Contains("2n + 1 operands", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Value.SumOfSquares([]));
    }

    [Fact]
    public void Nary_OperandOfAClearedTapeOrDefault_Throws()
    {
        var tape = new Tape();
        var old = tape.Variable(1);
        tape.Clear();
        Assert.Throws<InvalidOperationException>(() => Value.SumOfSquares([tape.Variable(2), old]));
        Assert.Throws<InvalidOperationException>(() => Value.SumOfSquares([tape.Variable(2), default]));
    }

    [Fact]
    public void FusedMlp_SameLossAndGradientAsTheScalarGraph_WithFewerNodes()
    {
        var model = new Nn.Mlp(2, [4, 3, 1]);
        var (fusedGrad, fusedNodes) = Gradient(model, fused: true);
        var (scalarGrad, scalarNodes) = Gradient(model, fused: false);
        for (int i = 0; i < fusedGrad.Length; i++) Assert.Equal(scalarGrad[i], fusedGrad[i], 1e-12);
        int leaves = model.Parameters.Length + 2; // parameters and inputs, the same in both
        Assert.True(fusedNodes - leaves < (scalarNodes - leaves) / 2, $"{fusedNodes} fused nodes vs {scalarNodes} scalar");
    }

    private static (double[] Gradient, int Nodes) Gradient(Nn.Mlp model, bool fused)
    {
        var tape = new Tape();
        var p = model.Bind(tape);
        var x = new[] { tape.Constant(0.3), tape.Constant(-0.8) };
        var score = (fused ? model.Forward(p, x) : model.ForwardScalar(p, x))[0];
        score.Backward();
        return ([.. p.Select(v => v.Adjoint)], tape.Count);
    }
}
