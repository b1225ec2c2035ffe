namespace Lesson.Notebooks.Tests;

/// <summary>The lesson runner's main job run once on the solution notebooks, shared by the page tests.</summary>
public sealed class PublishedLesson : IAsyncLifetime
{
    public string Folder { get; } = Runner.TempFolder("lesson");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public async Task InitializeAsync() =>
        (ExitCode, Output) = await Runner.RunAsync(TimeSpan.FromMinutes(15), "run", "--plain", "--output", Folder);

    public Task DisposeAsync() => Task.CompletedTask;

    public string Page(string name) => Path.Combine(Folder, name + ".html");
}

[CollectionDefinition(Name)]
public sealed class PublishedLessonGroup : ICollectionFixture<PublishedLesson>
{
    public const string Name = "Published lesson";
}
