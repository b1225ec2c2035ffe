using Lesson.Notebooks.Publishing;

namespace Lesson.Notebooks.Tests;

/// <summary>The main job on the solutions: every page and the index are written, with graph and chart.</summary>
[Collection(PublishedLessonGroup.Name)]
[Trait("Category", "Notebooks")]
public sealed class RunnerLessonTests(PublishedLesson lesson)
{
    [Fact]
    public void Runner_OnTheSolutions_ExitsZero() =>
        Assert.True(lesson.ExitCode == 0, lesson.Output);

    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public void EveryNotebook_HasAPageAnExecutedNotebookAndAnIndexLink(string name)
    {
        Assert.True(File.Exists(lesson.Page(name)), lesson.Output);
        Assert.True(File.Exists(Path.Combine(lesson.Folder, name + ".ipynb")));
        Assert.Contains($"<a href=\"{name}.html\">{name}</a>", File.ReadAllText(Path.Combine(lesson.Folder, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void MiniProjectPage_CarriesTheGraphSvgWithItsNodes()
    {
        var labels = NotebookOutputs.SvgLabels(File.ReadAllText(lesson.Page("04-mini-project-graph-sketch")));

        Assert.Contains(labels, l => new[] { "x", "y", "x²", "x²y", "sin x", "f" }.All(l.Contains));
    }

    [Fact]
    public void StarterPage_CarriesTheChartDataAndLoadsTheSharedPlotlyFileWithoutACdnScript()
    {
        var html = File.ReadAllText(lesson.Page("01-starter"));
        var body = html[html.IndexOf("</head>", StringComparison.Ordinal)..];

        Assert.True(NotebookOutputs.HasPlotlyFigure(body));
        Assert.Contains($"<script src=\"{LessonPublisher.PlotlyJsFile}\"", html[..html.IndexOf("</head>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.StartsWith("/**\n* plotly.js v", File.ReadAllText(Path.Combine(lesson.Folder, LessonPublisher.PlotlyJsFile)), StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=[\"']https?://", html);
    }

    [Fact]
    public void EveryPage_IsSmall_BecausePlotlyJsIsOneSharedFile()
    {
        foreach (var name in LessonFolders.Names)
        {
            long size = new FileInfo(lesson.Page(name)).Length;
            Assert.True(size < 1_000_000, $"{name}.html is {size:N0} bytes; plotly.js (3.5 MB) belongs in the shared file only");
        }
    }

    [Fact]
    public void Index_ShowsTheSolutionsSelfAssessedPartsAsSelfChecked_AndEveryCheckedPartAsCorrect()
    {
        string index = File.ReadAllText(Path.Combine(lesson.Folder, "index.html"));
        var statuses = System.Text.RegularExpressions.Regex.Matches(index, "data-exercise=\"([^\"]+)\" data-status=\"([^\"]+)\"")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        foreach (var exercise in LessonExercises.ExerciseCatalogue.All)
        {
            Assert.True(statuses.TryGetValue(exercise.Id, out var status), $"{exercise.Id} is not in the index");
            Assert.Equal(exercise.IsSelfAssessed ? "self-checked" : "correct", status);
        }
        Assert.Contains("1.2.40.1.keypoints: self-checked (not graded)", index, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionRun_RecordsItsChecksBesideThePages_NotInTheLearnersProgress()
    {
        string recorded = File.ReadAllText(Path.Combine(lesson.Folder, "solutions.progress.json"));

        Assert.Matches("\"mini-project\":\\s*\"correct\"", recorded);
        Assert.False(File.Exists(lesson.LearnerProgressFile), "the solutions' checks reached the learner's progress file");
    }
}
