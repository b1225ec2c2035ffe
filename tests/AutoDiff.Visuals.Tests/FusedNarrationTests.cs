using System.Xml.Linq;
using AutoDiff.Tests;

namespace AutoDiff.Visuals.Tests;

/// <summary>A fused node (one node with n incoming edges) in the step-through and in words: its
/// step passes its adjoint back over each edge, adjoint(operandₖ) += adjoint(node) · ∂node/∂operandₖ,
/// named as in the table of primitives, and the numbers are the gradient reverse mode computes.</summary>
public sealed class FusedNarrationTests
{
    private static readonly double[] W = [0.5, -1.5], X = [2, 3];
    private const double B = 0.25;

    // f = sin(r), r = b + w₀x₀ + w₁x₁, every operand a labelled input.
    private static (ComputationGraph Graph, Value[] Operands, Value R) Affine()
    {
        var tape = new Tape();
        var w = tape.Variables(W, ["w0", "w1"]);
        var x = tape.Variables(X, ["x0", "x1"]);
        var b = tape.Variable(B, "b");
        var r = Value.Affine(w, x, b).Named("r");
        var f = Value.Sin(r).Named("f");
        f.Backward();
        return (f.ToGraph(), [.. w, .. x, b], r);
    }

    private static double R => B + W[0] * X[0] + W[1] * X[1];

    // ∂f/∂aₖ by hand: cos r times xᵢ, wᵢ or 1.
    private static double[] AnalyticGradient => [.. new[] { X[0], X[1], W[0], W[1], 1 }.Select(p => Math.Cos(R) * p)];

    [Fact]
    public void Frames_FusedNode_SendsOverEachOfItsEdgesInOperandOrder()
    {
        var (graph, operands, r) = Affine();
        var frame = BackpropSteps.Frames(graph).Single(f => f.Node.Id == r.Index);
        Assert.True(frame.IsFused);
        Assert.Equal(0, frame.OmittedSends);
        Assert.Equal(r.Tape!.OperandsOf(r.Index), frame.Sends.Select(s => s.Operand.Id));
        Assert.Equal(Enumerable.Range(0, operands.Length), frame.Sends.Select(s => s.Edge.Operand));
        for (int k = 0; k < operands.Length; k++)
        {
            var s = frame.Sends[k];
            Assert.Equal(Math.Cos(R), s.Adjoint, 12);
            Assert.Equal(s.Adjoint * s.LocalDerivative, s.Product, 15);
            Assert.Equal(AnalyticGradient[k], s.Product, 12); // each operand is used once: its whole adjoint
            Assert.Equal(operands[k].Adjoint, s.Product, 12);
        }
    }

    [Fact]
    public void Frames_Operands_AddUpToTheTapesAdjointsAndTheAnalyticGradient()
    {
        var (graph, operands, _) = Affine();
        var frames = BackpropSteps.Frames(graph);
        Assert.Equal(graph.Nodes.Count, frames.Count);
        for (int k = 0; k < operands.Length; k++)
        {
            var frame = frames.Single(f => f.Node.Id == operands[k].Index);
            Assert.False(frame.IsFused);
            Assert.Equal(frame.Terms[^1].RunningSum, frame.Adjoint, 15);
            Assert.Equal(operands[k].Adjoint, frame.Adjoint, 12);
            Assert.Equal(AnalyticGradient[k], frame.Adjoint, 12);
        }
        Assert.All(frames.Where(f => f.Node.Op != Op.Affine), f => Assert.Empty(f.Sends));
    }

    [Fact]
    public void Explain_Affine_NamesOperandsAndPartialsAsTheTableDoes()
    {
        string text = Narration.Explain(Affine().Graph);
        string g = NumberText.Format(Math.Cos(R));
        Assert.Contains($"r = b + Σᵢ wᵢxᵢ = {NumberText.Format(R)}, where w₀ = w0, w₁ = w1, x₀ = x0, x₁ = x1", text, StringComparison.Ordinal);
        Assert.Contains("via r as its w₁ (local derivative ∂r/∂w₁ = x₁ = 3)", text, StringComparison.Ordinal);
        Assert.Contains("via r as its x₀ (local derivative ∂r/∂x₀ = w₀ = 0.5)", text, StringComparison.Ordinal);
        Assert.Contains("via r as its b (local derivative ∂r/∂b = 1)", text, StringComparison.Ordinal);
        Assert.Contains("r passes ∂f/∂r back over its 5 edges", text, StringComparison.Ordinal);
        Assert.Contains($"∂f/∂w1 (w₁) += {g} × x₁ = {g} × 3 = {NumberText.Format(Math.Cos(R) * 3)}", text, StringComparison.Ordinal);
        Assert.Contains($"∂f/∂b += {g} × 1 = {g}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("b+w·x(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("its rule", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFusedPrimitiveOfTheTable_HasNarrationCases()
    {
        var covered = FusedPrimitiveCases.Points.Select(c => c.Op).ToHashSet();
        Assert.NotEmpty(Primitives.AllFused);
        Assert.All(Primitives.AllFused, p => Assert.Contains(p.Op, covered));
    }

    // f = sin(r), r the fused primitive over inputs labelled u0, u1, …
    private static (ComputationGraph Graph, Value[] Operands, Value R) Trace(FusedCase c)
    {
        var tape = new Tape();
        var a = tape.Variables(c.A, [.. c.A.Select((_, k) => FormattableString.Invariant($"u{k}"))]);
        var r = Primitives.Of(c.Op).Apply<Value>(a).Named("r");
        var f = Value.Sin(r).Named("f");
        f.Backward();
        return (f.ToGraph(), a, r);
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void Explain_EveryFusedPrimitive_StatesEachPartialByItsTableNameWithTheAnalyticValue(FusedCase c)
    {
        var p = Primitives.Of(c.Op);
        int n = c.A.Length;
        string text = Narration.Explain(Trace(c).Graph);
        Assert.Contains($"r = {p.Formula} = {NumberText.Format(c.Primal(c.A))}", text, StringComparison.Ordinal);
        for (int k = 0; k < n; k++)
        {
            string value = NumberText.Format(c.Partial(c.A, k)), rule = p.PartialName(k, n);
            string partial = rule == value ? value : $"{rule} = {value}";
            Assert.Contains($"{p.OperandName(k, n)} = u{k}", text, StringComparison.Ordinal);
            Assert.Contains($"via r as its {p.OperandName(k, n)} (local derivative ∂r/∂{p.OperandName(k, n)} = {partial})", text, StringComparison.Ordinal);
            Assert.Contains($"∂f/∂u{k} ({p.OperandName(k, n)}) += ", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("its rule", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void Frames_EveryFusedPrimitive_SendTheAnalyticProductsThatAreTheTapesAdjoints(FusedCase c)
    {
        var (graph, a, r) = Trace(c);
        var frames = BackpropSteps.Frames(graph);
        var sends = frames.Single(f => f.Node.Id == r.Index).Sends;
        double g = Math.Cos(c.Primal(c.A));
        Assert.Equal(a.Length, sends.Count);
        for (int k = 0; k < a.Length; k++)
        {
            Assert.Equal(k, sends[k].Edge.Operand);
            Assert.Equal(Primitives.Of(c.Op).PartialName(k, a.Length), sends[k].Edge.Formula);
            Assert.Equal(g * c.Partial(c.A, k), sends[k].Product, 9);
            Assert.Equal(a[k].Adjoint, sends[k].Product, 12);
            Assert.Equal(a[k].Adjoint, frames.Single(f => f.Node.Id == a[k].Index).Adjoint, 12);
        }
    }

    [Theory]
    [MemberData(nameof(FusedPrimitiveCases.PointData), MemberType = typeof(FusedPrimitiveCases))]
    public void RenderHtml_EveryFusedPrimitive_HasARowAndAHighlightForEachEdge(FusedCase c)
    {
        var (graph, a, r) = Trace(c);
        string html = BackpropSteps.RenderHtml(graph);
        Assert.Equal(graph.Nodes.Count, html.Split("class=\"adbp-frame\"").Length - 1);
        var fused = FusedFrame(html, r.Index);
        Assert.Contains("data-fused=\"1\"", fused, StringComparison.Ordinal);
        for (int k = 0; k < a.Length; k++)
        {
            Assert.Contains($"<tr data-operand=\"{k}\"><td>u{k} ", fused, StringComparison.Ordinal);
            Assert.Contains($"∂r/∂{Primitives.Of(c.Op).OperandName(k, a.Length)} = ", fused, StringComparison.Ordinal);
            Assert.Contains($"data-from=\"{a[k].Index}\" data-to=\"{r.Index}\" data-operand=\"{k}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("adbp-send", html, StringComparison.Ordinal); // the player marks the n edges of a fused step
        XDocument.Parse(GraphSvg.Render(graph));
    }

    [Fact]
    public void Frames_OneNodeTwiceAnOperand_SendsOverBothEdgesAndItsFrameSumsThem()
    {
        // q = x² + x² as Σ aᵢ² over [x, x]: two edges from x, ∂q/∂x = 4x.
        var tape = new Tape();
        var x = tape.Variable(0.7, "x");
        var q = Value.SumOfSquares([x, x]).Named("q");
        q.Backward();
        var frames = BackpropSteps.Frames(q.ToGraph());
        Assert.Equal(2, frames[0].Sends.Count);
        Assert.True(frames[0].IsSeed);
        var xs = frames.Single(f => f.Node.Id == x.Index);
        Assert.Equal(2, xs.Terms.Count);
        Assert.Equal(4 * 0.7, xs.Adjoint, 12);
        Assert.Equal(x.Adjoint, xs.Adjoint, 12);
        string text = Narration.Explain(q.ToGraph());
        Assert.Contains("∂q/∂q = 1: the output's derivative with respect to itself (the seed). q passes ∂q/∂q back over its 2 edges", text, StringComparison.Ordinal);
        Assert.Contains("via q as its a₀", text, StringComparison.Ordinal);
        Assert.Contains("via q as its a₁", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Frames_ManyOperands_ListsTheFirstSendsAndCountsTheRest()
    {
        var tape = new Tape();
        var a = tape.Variables([.. Enumerable.Range(0, 30).Select(k => 0.1 * k)]);
        var q = Value.SumOfSquares(a).Named("q");
        q.Backward();
        var graph = q.ToGraph();
        var frame = BackpropSteps.Frames(graph)[0];
        Assert.Equal(BackpropSteps.MaxTerms, frame.Sends.Count);
        Assert.Equal(30 - BackpropSteps.MaxTerms, frame.OmittedSends);
        string text = Narration.Explain(graph);
        Assert.Contains($"and {30 - BackpropSteps.MaxTerms} more operands, not listed", text, StringComparison.Ordinal);
        Assert.Contains($"… {30 - BackpropSteps.MaxTerms} more operands", text, StringComparison.Ordinal);
        Assert.Contains($"… {30 - BackpropSteps.MaxTerms} more operands, not listed", BackpropSteps.RenderHtml(graph), StringComparison.Ordinal);
    }

    // The frame card of the fused node: from its opening tag to the next card.
    private static string FusedFrame(string html, int id)
    {
        int start = html.IndexOf($"data-node-id=\"{id}\" data-children=", StringComparison.Ordinal); // not the drawing's node
        int end = html.IndexOf("<li class=\"adbp-frame\"", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }
}
