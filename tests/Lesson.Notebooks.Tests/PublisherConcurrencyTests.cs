using Lesson.Notebooks.Execution;
using Lesson.Notebooks.Publishing;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// Two runners publishing into one folder at the same time: no write collides with another's
/// temporary file, and the index lists every notebook either of them published.
/// </summary>
public sealed class PublisherConcurrencyTests
{
    private static string Folder() => Runner.TempFolder("publisher");

    private static NotebookRun Missing(string name, string why) => NotebookRun.NotLoaded($"/x/{name}.ipynb", why);

    [Fact]
    public void TwoPublishersOnOneFolder_TheIndexKeepsWhatEachPublished()
    {
        var folder = Folder();
        var first = new LessonPublisher(folder);
        var second = new LessonPublisher(folder);

        first.Add(null, Missing("00-start-here", "published by the first runner"));
        second.Add(null, Missing("05-quiz", "published by the second runner"));

        var index = File.ReadAllText(second.IndexPath);
        Assert.Contains("published by the first runner", index, StringComparison.Ordinal);
        Assert.Contains("published by the second runner", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishersAddingAtTheSameTime_TheIndexListsEveryNotebook()
    {
        var folder = Folder();
        var names = Enumerable.Range(0, 40).Select(i => $"nb{i:00}").ToList();

        await Task.WhenAll(names.Chunk(10).Select(chunk => Task.Run(() =>
        {
            var publisher = new LessonPublisher(folder);
            foreach (var name in chunk)
                publisher.Add(null, Missing(name, $"{name} missing"));
        })));

        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.All(names, name => Assert.Contains($"{name} missing", index, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WritesOfOneResultAtTheSameTime_NeverShareATemporaryFile()
    {
        var folder = Folder();
        var path = Path.Combine(folder, "01-starter.run.json");
        var run = Missing("01-starter", "written many times");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
                RunResultFile.Write(path, run);
        })));

        Assert.Equal("written many times", RunResultFile.Read(path)!.LoadError);
        Assert.Equal([path], Directory.GetFiles(folder));
    }
}
