namespace Lesson.FrontEnd.Tests;

/// <summary>The repository these tests run in: the folder above the test binaries that holds the
/// solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    public static string Notebooks => System.IO.Path.Combine(Path, "notebooks");

    public static string Solutions => System.IO.Path.Combine(Path, "solutions");

    /// <summary>Where screenshots go: artifacts/screenshots/front-end under the repository root.</summary>
    public static string Screenshots
    {
        get
        {
            string folder = System.IO.Path.Combine(Path, "artifacts", "screenshots", "front-end");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lesson-1.2.40.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Lesson-1.2.40.sln above {start}: run the tests inside the repository.");
    }
}
