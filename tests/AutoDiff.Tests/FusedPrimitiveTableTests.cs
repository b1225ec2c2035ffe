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

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void RecordedFromRuns_MatchesAnalytic_AndListsTheRunsAsItsOperands(FusedCase c)
    {
        var rule = Primitives.Of(c.Op).FusedRule();
        var (n0, n1, _) = rule.PartLengths(c.A.Length);
        var tape = new Tape();
        // Each part a run of its own, with another node between: three runs, not one block.
        var p0 = tape.Variables(c.A[..n0]);
        tape.Constant(99);
        var p1 = tape.Variables(c.A[n0..(n0 + n1)]);
        tape.Constant(-7);
        var p2 = tape.Variables(c.A[(n0 + n1)..]);
        var r = rule.Append(tape, Run(p0), Run(p1), Run(p2));
        r.Backward();

        Value[] operands = [.. p0, .. p1, .. p2];
        Assert.Equal(c.Primal(c.A), r.Primal, Tolerance);
        for (int k = 0; k < operands.Length; k++) Assert.Equal(c.Partial(c.A, k), operands[k].Adjoint, Tolerance);
        Assert.Equal(operands.Select(v => v.Index), tape.OperandsOf(r.Index));
        Assert.Equal(c.A, tape.FusedPrimals(r.Index));
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void RuleOnParts_EqualsTheRuleOnTheOperandList(FusedCase c)
    {
        var rule = Primitives.Of(c.Op).FusedRule();
        if (!rule.HasPartsRule) return; // the generic rule only: nothing to compare
        var (n0, n1, _) = rule.PartLengths(c.A.Length);
        ReadOnlySpan<double> a = c.A;
        double r = rule.Primal(a);
        Assert.Equal(r, rule.Primal(a[..n0], a.Slice(n0, n1), a[(n0 + n1)..]));

        const double g = 0.75;
        var adjoint = new double[c.A.Length];
        rule.Vjp(a[..n0], a.Slice(n0, n1), a[(n0 + n1)..], r, g,
            adjoint.AsSpan(0, n0), adjoint.AsSpan(n0, n1), adjoint.AsSpan(n0 + n1));
        var partials = rule.Partials(a, r);
        for (int k = 0; k < adjoint.Length; k++) Assert.Equal(g * partials[k], adjoint[k]);
    }

    [Fact]
    public void Affine_OperandsThatAreConsecutiveNodes_AreStoredAsThreeRuns()
    {
        var tape = new Tape();
        var w = tape.Variables([0.5, -1.0, 2.0]);
        var b = tape.Variable(0.1);
        var x = tape.Variables([1.0, 3.0, -2.0]);
        var r = Value.Affine(w, x, b);
        Assert.Equal(3, tape.FusedOperandRuns); // w, x and b: three runs of the 7 operands
        Assert.Equal(7, tape.FusedOperandCount);
        Assert.Equal(tape.Count * TapeEntry.BytesWithAdjoint + 3 * Tape.BytesPerRun, tape.EstimatedBytes);

        var scattered = Value.Affine([w[2], w[0]], [x[1], x[1]], b); // out of order, repeated: a run each
        Assert.Equal(3 + 5, tape.FusedOperandRuns);
        Assert.Equal([w[2].Index, w[0].Index, x[1].Index, x[1].Index, b.Index], tape.OperandsOf(scattered.Index));
        Assert.Equal(0.1 + 2.0 * 3.0 + 0.5 * 3.0, scattered.Primal, 1e-15);
        Assert.Equal(0.1 + 0.5 * 1.0 - 1.0 * 3.0 + 2.0 * -2.0, r.Primal, 1e-15);
    }

    [Fact]
    public void TrainerStep_RecordedFromRuns_EqualsTheStepRecordedOperandByOperand()
    {
        var data = Nn.TwoMoons.Generate(20, 0.1);
        var trainer = new Nn.Trainer(new Nn.Mlp(2, [5, 4, 1]), data);
        var model = new Nn.Mlp(2, [5, 4, 1]); // the same seed, the same parameters
        var tape = new Tape();
        var p = model.Bind(tape);
        Value loss = tape.Constant(0);
        for (int i = 0; i < data.Count; i++)
        {
            var score = model.Forward(p, [tape.Constant(data.X[i][0]), tape.Constant(data.X[i][1])])[0];
            loss += Value.Relu(1.0 + (-data.Y[i]) * score);
        }
        loss = loss * (1.0 / data.Count) + 1e-4 * Value.SumOfSquares(p);
        loss.Backward();

        var step = trainer.Step(0, 1.0);
        Assert.Equal(loss.Primal, step.Loss); // the same operations in the same order: equal, not close
        for (int i = 0; i < p.Length; i++) Assert.Equal(model.Parameters[i] - p[i].Adjoint, trainer.Model.Parameters[i]);
        Assert.Equal(tape.Count, trainer.Tape.Count);
    }

    private static Tape.NodeRun Run(Value[] nodes) => new(nodes.Length == 0 ? 0 : nodes[0].Index, nodes.Length);
}
