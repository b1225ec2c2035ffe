namespace AutoDiff.Visuals.Tests;

/// <summary>The repository these tests run in: the folder above the test binaries that holds
/// Lesson-1.2.40.sln.</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lesson-1.2.40.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Could not find the repository root (Lesson-1.2.40.sln) above " + AppContext.BaseDirectory);
    }
}
