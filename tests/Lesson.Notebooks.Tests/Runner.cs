namespace Lesson.Notebooks.Tests;

/// <summary>Starts the lesson runner as a user does, as its own process.</summary>
internal static class Runner
{
    public static Task<(int ExitCode, string Output)> RunAsync(TimeSpan limit, params string[] args) =>
        ProcessRunner.RunAsync(
            ProcessRunner.Dotnet, LessonFolders.Root, limit,
            [Path.Combine(AppContext.BaseDirectory, "Lesson.Runner.dll"), .. args]);

    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lesson-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
