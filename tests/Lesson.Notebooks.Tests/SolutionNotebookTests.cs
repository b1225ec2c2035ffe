using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// Every solution notebook executed in this process in the real C# kernel, as the notebook hosts run
/// it: no cell fails, every check passes, and the key outputs are there.
/// </summary>
[Collection(OneKernelAtATime.Name)]
[Trait("Category", "Notebooks")]
public sealed class SolutionNotebookTests(SolutionRuns runs) : IClassFixture<SolutionRuns>
{
    private static readonly string[] GraphNodes = ["x", "y", "x²", "x²y", "sin x", "f"];

    private Task<NotebookRun> Run(string name) => runs.Run(LessonFolders.Solution(name));

    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public async Task SolutionNotebook_NoCellFails(string name)
    {
        var run = await Run(name);

        Assert.Null(run.LoadError);
        Assert.True(run.Failures.Count == 0,
            string.Join("\n", run.Failures.Select(f => $"{name}, {f.Label}: {f.Message}")));
        Assert.Equal(NotebookDocument.Load(LessonFolders.Solution(name)).Cells.Count(c => c.Kind == CellKind.Code), run.CellsRun);
    }

    [Theory]
    [InlineData("01-starter")]
    [InlineData("02-intermediate")]
    [InlineData("03-advanced")]
    [InlineData("04-mini-project-graph-sketch")]
    public async Task SolutionNotebook_EveryExerciseCheckReportsCorrect(string name)
    {
        var run = await Run(name);

        Assert.NotEmpty(run.Exercises);
        Assert.All(run.Exercises, e => Assert.True(e.Status == SolutionStatus.Expected(e), $"{name}: exercise {e.Exercise} is {e.Status}, expected {SolutionStatus.Expected(e)}"));
    }

    [Fact]
    public async Task MiniProject_DrawsTheGraphOfFWithAllItsNodes()
    {
        var run = await Run("04-mini-project-graph-sketch");

        var graphs = NotebookOutputs.Html(run).SelectMany(NotebookOutputs.SvgLabels);
        Assert.Contains(graphs, labels => GraphNodes.All(labels.Contains));
    }

    [Fact]
    public async Task ErrorChart_IsAPlotlyFigureWithData()
    {
        var runsWithCharts = new List<string>();
        foreach (var name in new[] { "01-starter", "02-intermediate", "03-advanced" })
        {
            if (NotebookOutputs.Html(await Run(name)).Any(NotebookOutputs.HasPlotlyFigure))
                runsWithCharts.Add(name);
        }

        Assert.Contains("01-starter", runsWithCharts);
    }

    [Fact]
    public async Task TrainingStepExperiment_ShowsTheCountedTapesAndAMeasuredTimeForBothGraphs()
    {
        var run = await Run("03-advanced");

        var cell = Assert.Single(run.Cells, c => c.Id == "advanced-7-step-cost");
        string text = string.Concat(cell.Outputs.Select(o => o.Get("text/plain")).OfType<string>());
        // Entries and bytes are counted (the same on every machine); the times are measured now.
        // Bytes: 41 per entry (24 + 8 + 1 on the tape, 8 for the adjoint) and 8 per operand run, so
        // 65,818 × 41 = 2,698,538 B = 2.6 MB and 7,644 × 41 + 9,901 × 8 = 392,612 B = 383.4 KB.
        Assert.Matches(@"scalar +65,818 +0 +2\.6 MB +0\.\d+ +[1-9][\d,]* µs", text);
        Assert.Matches(@"fused +7,644 +64,437 +383\.4 KB +0\.\d+ +[1-9][\d,]* µs", text);
        Assert.Matches(@"fused/scalar +0\.12× +0\.15× +\d+\.\d\d×", text);
        Assert.Contains("SumOfSquares 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_ReportsAFullScoreWithTheModelAnswers()
    {
        var run = await Run("05-quiz");

        Assert.Equal("4/4", run.QuizScore);
        Assert.All(run.Exercises, e => Assert.Equal(SolutionStatus.Expected(e), e.Status));
    }
}
