namespace AutoDiff.Interactive.Tests;

/// <summary>The step-through view and the narration show the adjoints the tape holds, the same
/// numbers as the drawing, and never run a backward pass behind the learner's back.</summary>
public sealed class StepThroughTapeTests
{
    private static (Value F, Value X, Value Y) MiniProject()
    {
        var t = new Tape();
        var x = t.Variable(2, "x");
        var y = t.Variable(3, "y");
        return ((Value.Pow(x, 2) * y + Value.Sin(x)).Named("f"), x, y);
    }

    [Fact]
    public void Frames_AfterASecondBackward_ShowTwiceTheGradientLikeTheDrawing()
    {
        var (f, _, _) = MiniProject();
        f.Backward();
        f.Backward(); // accumulates: every adjoint doubles
        var graph = f.ToGraph();
        var frames = BackpropSteps.Frames(graph);
        Assert.Equal(2.0, frames[0].Adjoint);
        Assert.Equal(2 * (2 * 2 * 3 + Math.Cos(2)), frames.Single(fr => fr.Node.Label == "x").Adjoint, 12);
        Assert.Equal(2 * 4.0, frames.Single(fr => fr.Node.Label == "y").Adjoint, 12);
        foreach (var frame in frames)
        {
            Assert.Equal(frame.Node.Adjoint, frame.Adjoint);
            if (!frame.IsSeed && frame.Node.Kind != NodeKind.Constant)
                Assert.Equal(frame.Adjoint, frame.Terms[^1].RunningSum, 12);
        }
    }

    [Fact]
    public void RenderHtml_AfterASecondBackward_SaysTheSeedWasAddedTwice()
    {
        var (f, _, _) = MiniProject();
        f.Backward();
        f.Backward();
        string html = BackpropSteps.RenderHtml(f.ToGraph());
        Assert.Contains("∂f/∂f = 2: the seed 1, added once by every Backward() call", html, StringComparison.Ordinal);
        Assert.Contains(NumberText.Format(2 * (12 + Math.Cos(2))), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_BeforeAnyBackward_SaysNoBackwardPassHasRun()
    {
        var (f, _, _) = MiniProject();
        string text = Narration.Explain(f.ToGraph());
        Assert.Contains("∂f/∂f = 0: no backward pass has run yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LessonStepThrough_BeforeBackward_ThrowsSayingWhatToRunAndRunsNothing()
    {
        var (f, x, _) = MiniProject();
        var error = Assert.Throws<InvalidOperationException>(() => Lesson.StepThrough(f));
        Assert.Contains("Run f.Backward(); first, then Lesson.StepThrough(f)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, x.Adjoint);
    }

    [Fact]
    public void LessonExplain_BeforeBackward_ThrowsSayingWhatToRun()
    {
        var (f, x, _) = MiniProject();
        var error = Assert.Throws<InvalidOperationException>(() => Lesson.Explain(f));
        Assert.Contains("Lesson.Explain(f)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, x.Adjoint);
    }

    [Fact]
    public void LessonStepThrough_AfterBackward_ShowsTheTapesAdjoints()
    {
        var (f, x, _) = MiniProject();
        f.Backward();
        f.Backward();
        var view = Lesson.StepThrough(f);
        Assert.Equal(x.Adjoint, view.Graph.Node(x.Index).Adjoint);
        Assert.Equal(2 * (12 + Math.Cos(2)), x.Adjoint, 12); // the view ran no third pass
    }

    [Fact]
    public void Explain_Constant_IsNeverSaidToGetAGradient()
    {
        var t = new Tape();
        var x = t.Variable(1.5, "x");
        var f = (x * 3 + Value.Sin(x)).Named("f");
        f.Backward();
        var graph = f.ToGraph();
        string text = Narration.Explain(graph);
        Assert.DoesNotContain("∂f/∂3", text, StringComparison.Ordinal);
        Assert.Contains("3 is a constant: no derivative with respect to it is needed", text, StringComparison.Ordinal);
        string html = BackpropSteps.RenderHtml(graph);
        Assert.DoesNotContain("∂f/∂3", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BackpropText_FusedNode_PassesItsAdjointBackOverEachEdge()
    {
        // r = b + w₀x₀ + w₁x₁ is one node with 5 edges; its line lists what each operand gets.
        var t = new Tape();
        var w = t.Variables([0.5, -1.5], ["w0", "w1"]);
        var x = t.Variables([2.0, 3.0], ["x0", "x1"]);
        var r = Value.Affine(w, x, t.Variable(0.25, "b")).Named("r");
        r.Backward();
        string text = TextViews.Backprop(r.ToGraph());
        Assert.Contains("step 1: ∂r/∂r = 1 (the seed ∂r/∂r); back over its 5 edges: w0 (w₀) += 1 × 2 = 2, w1 (w₁) += 1 × 3 = 3, "
            + "x0 (x₀) += 1 × 0.5 = 0.5, x1 (x₁) += 1 × −1.5 = −1.5, b += 1 × 1 = 1", text, StringComparison.Ordinal);
        Assert.Contains("∂r/∂w1 = 1 × 3 = 3", text, StringComparison.Ordinal);
    }
}
