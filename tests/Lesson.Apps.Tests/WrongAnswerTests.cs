using Lesson.Notebooks;
using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Model;

namespace Lesson.Apps.Tests;

/// <summary>
/// A learner's wrong answer, given the same way in the app and in the notebook (the same stub
/// replaced by the same code), gets the same verdict and the same hint. The edited app also shows
/// that an unused variable is no error in an app, and that an experiment's exception is shown and
/// the rest of the app runs.
/// </summary>
public sealed class WrongAnswerTests
{
    private const string Notebook = "01-starter";
    private const string Exercise = "1.2.40.3";
    private const string Signature = "double CentralDifference(";
    // A forward difference where the exercise asks for a central one; `unused` is a learner's leftover.
    private const string WrongBody = "double unused = 0; return (f(x + h) - f(x)) / h;";
    private const string FailingExperiment = "Lesson.Show(() => ErrorChart.Create());";

    private static Task<AppRun> AppAsync() => Apps.RunFileAsync(Apps.EditedCopy(Notebook, "wrong-answer", text =>
        Stubs.Answer(text, Signature, WrongBody)
            .Replace(FailingExperiment, "Lesson.Show(() => int.Parse(\"not a number\"));", StringComparison.Ordinal)));

    [Fact]
    public async Task WrongAnswer_GetsTheNotebooksVerdictAndHint()
    {
        var app = await AppAsync();
        var notebook = await NotebookRunAsync();

        var inNotebook = Assert.Single(notebook.Exercises, e => e.Exercise == Exercise);
        var inApp = Assert.Single(app.Exercises, e => e.Exercise == Exercise);
        Assert.Equal(ExerciseStatus.Wrong, inNotebook.Status);
        Assert.Equal(inNotebook.Status, inApp.Status);
        string? hint = AppRun.HintIn(notebook.Cells.SelectMany(c => c.Outputs), Exercise);
        Assert.False(string.IsNullOrEmpty(hint));
        Assert.Equal(hint, app.Hint(Exercise));
        Assert.Contains(app.FeedbackLines, l => l.Contains(hint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnusedVariableInAnExercise_IsNoErrorInAnApp()
    {
        var app = await AppAsync();

        Assert.True(app.ExitCode == 0, app.Output);
    }

    [Fact]
    public async Task ExceptionInAnExperiment_IsShown_AndTheRestOfTheAppRuns()
    {
        var app = await AppAsync();

        int error = app.Output.IndexOf("Error: System.FormatException", StringComparison.Ordinal);
        int laterChart = app.Output.IndexOf("[chart] Numeric vs exact derivative of eˣ", StringComparison.Ordinal);
        Assert.True(error >= 0, app.Output);
        Assert.True(laterChart > error, app.Output);
        Assert.Contains("class=\"app-error\"", app.PageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompileErrorInAnExercise_StopsTheApp_AndNamesTheExercise()
    {
        var app = await Apps.RunFileAsync(Apps.EditedCopy(Notebook, "compile-error", text =>
            Stubs.Answer(text, Signature, "return undefinedName;")));

        Assert.NotEqual(0, app.ExitCode);
        Assert.Contains($"{Notebook}.cs [Exercise {Exercise}, CentralDifference]", app.Output, StringComparison.Ordinal);
        Assert.Contains("CS0103", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Checks:", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceptionInADeclarationLaterPartsUse_StopsTheApp_WithThePageWritten()
    {
        // y is used further on, so its declaration cannot sit inside a try block.
        var app = await Apps.RunFileAsync(Apps.EditedCopy("04-mini-project-graph-sketch", "fatal", text =>
        {
            var edited = System.Text.RegularExpressions.Regex.Replace(text, @"var y = tape\.Variable\([^,]+, ""y""\);",
                "var y = tape.Variable(int.Parse(\"three\"), \"y\");");
            Assert.NotEqual(text, edited); // the app still declares y this way
            return edited;
        }));

        Assert.NotEqual(0, app.ExitCode);
        Assert.Contains("Error: System.FormatException", app.Output, StringComparison.Ordinal);
        Assert.Contains("the app stops here", app.Output, StringComparison.Ordinal);
        Assert.Contains("class=\"app-error\"", app.PageHtml, StringComparison.Ordinal);
    }

    // The learner notebook with the same stub filled in the same way, run in the real C# kernel.
    private static async Task<NotebookRun> NotebookRunAsync()
    {
        string path = Path.Combine(LessonPaths.Notebooks(Apps.Root), Notebook + ".ipynb");
        var document = NotebookDocument.Load(path);
        var cell = document.Cells.Single(c => c.Kind == CellKind.Code && c.Source.Contains(Signature, StringComparison.Ordinal));
        cell.Source = Stubs.Answer(cell.Source, Signature, WrongBody);
        return await new NotebookExecutor(new ExecutionOptions(TimeSpan.FromMinutes(5))).RunAsync(document, path);
    }
}
