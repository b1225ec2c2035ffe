namespace Lesson.FrontEnd.Tests;

/// <summary>Each learner notebook and each solution notebook opened in Jupyter Notebook with the
/// .NET (C#) kernel, Cell ▸ Run All, with no network beyond 127.0.0.1: every code cell runs and
/// no cell shows an error, no script on the page throws.</summary>
[Collection(NotebookFrontEndGroup.Name)]
[Trait("Category", "FrontEnd")]
public sealed class RunAllTests(NotebookFrontEnd frontEnd)
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "notebooks", "solutions" })
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.ipynb").Order(StringComparer.Ordinal))
                data.Add(folder + "/" + Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task RunAll_InJupyterNotebook_EveryCellRunsWithNoErrorOutput(string notebook)
    {
        await using var view = await frontEnd.OpenAsync(notebook);

        await view.RunAllAsync();
        await view.ScreenshotAsync("run-all-" + notebook.Replace('/', '-').Replace(".ipynb", "", StringComparison.Ordinal));

        Assert.Empty(await view.ErrorOutputsAsync());
        Assert.Empty(await view.UnrunCodeCellsAsync());
        Assert.Empty(view.PageErrors);
    }
}
