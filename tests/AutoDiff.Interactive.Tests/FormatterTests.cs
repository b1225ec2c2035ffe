using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive.Tests;

/// <summary>After setup, every lesson type displays as the HTML of its pure rendering function,
/// registered explicitly for text/html.</summary>
[Collection("Formatter state")]
public sealed class FormatterTests
{
    public FormatterTests() => Formatters.RegisterAll();

    private static string Html(object value) => value.ToDisplayString(Formatters.HtmlMimeType);

    private static Value MiniProject()
    {
        var tape = new Tape();
        var x = tape.Variable(2, "x");
        var y = tape.Variable(3, "y");
        var f = (x * x * y + Value.Sin(x)).Named("f");
        f.Backward();
        return f;
    }

    [Fact]
    public void Formatters_EveryType_RegisteredForTextHtml()
    {
        var html = Formatter.RegisteredFormatters(includeDefaults: false)
            .Where(f => f.MimeType == "text/html").Select(f => f.Type).ToHashSet();
        Assert.All(Formatters.FormattedTypes, t => Assert.Contains(t, html));
        Assert.All(Formatters.FormattedTypes, t => Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(t).First()));
    }

    [Fact]
    public void TracedValue_DisplaysItsGraphSvg()
    {
        var f = MiniProject();
        Assert.Equal(GraphSvg.RenderHtml(f.ToGraph()), Html(f));
    }

    [Fact]
    public void ConstantValue_DisplaysEscapedText()
    {
        string html = Html(Value.Constant(2.5));
        Assert.StartsWith("<code>", html, StringComparison.Ordinal);
        Assert.Contains("2.5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphDualJacobianReport_DisplayTheirPureRendering()
    {
        var graph = MiniProject().ToGraph();
        Assert.Equal(GraphSvg.RenderHtml(graph), Html(graph));
        Assert.Equal(DualTable.Render(new Dual(1, 2)), Html(new Dual(1, 2)));
        var j = Jacobian.ReverseMode(v => [v[0] * v[1]], [1.0, 2.0]);
        Assert.Equal(MatrixTable.Jacobian(j), Html(j));
        var report = GradCheck.Check(v => v[0] * v[0], [3.0]);
        Assert.Equal(GradCheckTable.Render(report), Html(report));
    }

    [Fact]
    public void Chart_DisplaysChartHtml()
    {
        var chart = CostChart.Jacobian(CostModel.JacobianCost(4, [1, 4]));
        Assert.Equal(ChartHtml.Render(chart), Html(chart));
    }

    [Fact]
    public void Views_DisplayTheirPureRendering()
    {
        var f = MiniProject();
        Assert.Equal(BackpropSteps.RenderHtml(f.ToGraph()), Html(Lesson.StepThrough(f)));
        Assert.Equal(Narration.ExplainHtml(f.ToGraph()), Html(Lesson.Explain(f)));
        Assert.Equal(VectorTable.Render([1.0, 2.0], ["x", "y"]), Html(Lesson.Gradient([1.0, 2.0], "x", "y")));
        var h = new double[,] { { 2, 0 }, { 0, 2 } };
        Assert.Equal(MatrixTable.Hessian(h, ["x", "y"]), Html(Lesson.Hessian(h, "x", "y")));
    }

    [Fact]
    public void PlainDoubleArray_IsNotTurnedIntoAGradientTable()
    {
        Assert.DoesNotContain("autodiff-", Html(new[] { 1.0, 2.0 }), StringComparison.Ordinal);
    }

    [Fact]
    public void StepThrough_OfAConstant_SaysHowToTrace()
    {
        var e = Assert.Throws<ArgumentException>(() => Lesson.StepThrough(Value.Constant(1)));
        Assert.Contains("tape.Variable", e.Message, StringComparison.Ordinal);
    }
}

[CollectionDefinition("Formatter state", DisableParallelization = true)]
public sealed class FormatterStateGroup;
