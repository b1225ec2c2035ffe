namespace Lesson.FrontEnd.Tests;

/// <summary>
/// The mini-project as a learner meets it in Jupyter Notebook, with no network beyond 127.0.0.1:
/// the graph of f(x, y) = x²y + sin x, the backward pass stepped through with its buttons, the
/// error chart drawn from the plotly.js the setup cell embedded, and the partial-derivative
/// exercise answered wrong and then right in the editor. Cells are found by their content.
/// </summary>
[Collection(NotebookFrontEndGroup.Name)]
[Trait("Category", "FrontEnd")]
public sealed class MiniProjectTests(NotebookFrontEnd frontEnd)
{
    private const string Notebook = "notebooks/04-mini-project-graph-sketch.ipynb";

    private static readonly string[] GraphNodes = ["x", "y", "x²", "x²y", "sin x", "f"];

    private const string WrongPartials = """
        double DfDx(double x, double y)
        {
            return 2 * x * y;
        }

        double DfDy(double x, double y)
        {
            return x * x;
        }
        """;

    private const string RightPartials = """
        double DfDx(double x, double y)
        {
            return 2 * x * y + Math.Cos(x);
        }

        double DfDy(double x, double y)
        {
            return x * x;
        }
        """;

    [Fact]
    public async Task MiniProject_Graph_StepThrough_OfflineChart_AndExerciseFeedback_AsALearnerSeesThem()
    {
        await using var view = await frontEnd.OpenAsync(Notebook);
        await view.RunAllAsync();
        Assert.Empty(await view.ErrorOutputsAsync());

        await GraphShowsEveryNode(view);
        await StepThroughButtonsMoveTheHighlightedStep(view);
        await ErrorChartDrawsWithNoNetwork(view);
        await ExerciseSaysNotYetRightThenCorrect(view);
        Assert.Empty(view.PageErrors);
    }

    private static async Task GraphShowsEveryNode(LearnerView view)
    {
        var output = view.Output(await view.CellIndexAsync("var f = (Value.Pow(x, 2) * y"));
        var labels = await output.Locator("svg").First.EvaluateAsync<string[]>("svg => [...svg.querySelectorAll('text')].map(t => t.textContent.trim())");
        foreach (var node in GraphNodes) Assert.Contains(node, labels);
        await output.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "mini-project-graph.png") });
    }

    private static async Task StepThroughButtonsMoveTheHighlightedStep(LearnerView view)
    {
        var output = view.Output(await view.CellIndexAsync("Lesson.StepThrough(f)"));
        var player = output.Locator(".adbp");
        var first = await StepState(player);
        Assert.StartsWith("step 1 of ", first.Position, StringComparison.Ordinal);

        await player.Locator("button", new() { HasText = "next" }).ClickAsync();
        var second = await StepState(player);
        Assert.StartsWith("step 2 of ", second.Position, StringComparison.Ordinal);
        Assert.NotEqual(first.Heading, second.Heading);
        Assert.NotEqual(first.VisitedNode, second.VisitedNode);
        await output.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "mini-project-step-2.png") });

        await player.Locator("button", new() { HasText = "previous" }).ClickAsync();
        Assert.Equal(first, await StepState(player));

        await player.Locator("button", new() { HasText = "play" }).ClickAsync();
        await player.Locator(".adbp-pos").Filter(new() { HasNotText = "step 1 of " }).WaitForAsync(new() { Timeout = 60_000 });
        Assert.NotEqual(first.Heading, (await StepState(player)).Heading);
    }

    private sealed record Step(string Position, string Heading, string? VisitedNode);

    private static async Task<Step> StepState(Microsoft.Playwright.ILocator player) => new(
        await player.Locator(".adbp-pos").InnerTextAsync(),
        await player.Locator(".adbp-frame.adbp-current .adbp-head").InnerTextAsync(),
        await player.Locator("g.ad-node.adbp-visit").GetAttributeAsync("data-node-id"));

    private static async Task ErrorChartDrawsWithNoNetwork(LearnerView view)
    {
        var output = view.Output(await view.CellIndexAsync("ErrorChart.Create("));
        await output.Locator(".js-plotly-plot .scatterlayer .trace").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.True(await output.Locator(".js-plotly-plot .scatterlayer .trace").CountAsync() >= 2, "the error chart should draw several methods' traces");
        Assert.True(await output.Locator(".js-plotly-plot svg.main-svg").CountAsync() > 0);
        Assert.DoesNotContain(view.BlockedRequests, url => url.Contains("plot.ly", StringComparison.Ordinal));
        await output.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "mini-project-error-chart.png") });
    }

    private static async Task ExerciseSaysNotYetRightThenCorrect(LearnerView view)
    {
        int answer = await view.CellIndexAsync("double DfDx(");
        int check = await view.CellIndexAsync("Check.MiniProjectPartials(");
        Assert.True(check > answer, "the check comes after the answer cell");

        await view.ReplaceCellTextAsync(answer, WrongPartials);
        await view.RunFromAsync(answer, check - answer + 1);
        string wrong = await view.Output(check).InnerTextAsync();
        Assert.Contains("not yet right", wrong, StringComparison.Ordinal);
        await view.Cell(check).ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "mini-project-exercise-wrong.png") });

        await view.ReplaceCellTextAsync(answer, RightPartials);
        await view.RunFromAsync(answer, check - answer + 1);
        string right = await view.Output(check).InnerTextAsync();
        Assert.Contains("correct", right, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet right", right, StringComparison.Ordinal);
        await view.Cell(check).ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "mini-project-exercise-correct.png") });
        Assert.Empty(await view.ErrorOutputsAsync());
    }
}
