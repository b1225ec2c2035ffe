namespace Lesson.Notebooks.Tests;

/// <summary>The lesson runner's main job run once on the solution notebooks, shared by the page tests.</summary>
public sealed class PublishedLesson : IAsyncLifetime
{
    public string Folder { get; } = Runner.TempFolder("lesson");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    /// <summary>The learner's progress file as the runner sees it (a fresh temp path): a run of the
    /// solutions must leave it alone.</summary>
    public string LearnerProgressFile { get; } = Runner.TempFolder("learner-progress") + "/progress.json";

    public async Task InitializeAsync() =>
        (ExitCode, Output) = await ProcessRunner.RunWithEnvironmentAsync(ProcessRunner.Dotnet, LessonFolders.Root, TimeSpan.FromMinutes(15),
            new Dictionary<string, string> { ["LESSON_PROGRESS_FILE"] = LearnerProgressFile },
            Path.Combine(AppContext.BaseDirectory, "Lesson.Runner.dll"), "run", "--plain", "--output", Folder);

    public Task DisposeAsync() => Task.CompletedTask;

    public string Page(string name) => Path.Combine(Folder, name + ".html");
}

[CollectionDefinition(Name)]
public sealed class PublishedLessonGroup : ICollectionFixture<PublishedLesson>
{
    public const string Name = "Published lesson";
}
