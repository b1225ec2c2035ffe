namespace Lesson.Notebooks.Tests;

/// <summary>
/// A third real host: Jupyter with the .NET Interactive kernel (the way the lesson keeps working
/// now that the Polyglot Notebooks extension is deprecated). The kernel spec is installed into a
/// private folder for the test run; `jupyter nbconvert --execute` starts the kernel in the
/// notebook's folder, as Jupyter does, and stops at the first failing cell.
/// </summary>
[Trait("Category", "Notebooks")]
public sealed class JupyterTests(JupyterKernelSpec kernel) : IClassFixture<JupyterKernelSpec>
{
    [Theory]
    [MemberData(nameof(LessonFolders.All), MemberType = typeof(LessonFolders))]
    public async Task Jupyter_ExecutesSolutionNotebookWithTheDotnetKernel(string name)
    {
        var output = Path.Combine(kernel.Folder, "out", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);

        var (exitCode, log) = await ProcessRunner.RunWithEnvironmentAsync(
            "jupyter", LessonFolders.Solutions, TimeSpan.FromMinutes(15), kernel.Environment,
            "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
            // The kernel's start has its own limit (nbconvert's default is 60 s, too short on a busy machine).
            "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.startup_timeout=600", "--output-dir", output, LessonFolders.Solution(name));

        Assert.True(exitCode == 0, $"jupyter nbconvert exited {exitCode} on {name}:\n{log}");
        HostOutputs.AssertDrawn(name, File.ReadAllText(Path.Combine(output, name + ".ipynb")));
    }
}
