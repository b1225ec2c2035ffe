namespace Lesson.Notebooks;

/// <summary>Where things are in the lesson repository.</summary>
public static class LessonPaths
{
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFile = "Lesson-1.2.40.sln";

    /// <summary>
    /// The repository root: the first folder at or above <paramref name="start"/> (default: the
    /// working directory, then this program's folder) that holds <see cref="SolutionFile"/>.
    /// </summary>
    public static string FindRoot(string? start = null)
    {
        foreach (var origin in start is null ? [Directory.GetCurrentDirectory(), AppContext.BaseDirectory] : new[] { start })
        {
            for (var folder = new DirectoryInfo(origin); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                    return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find {SolutionFile} above {start ?? Directory.GetCurrentDirectory()}; run this from inside the lesson repository.");
    }

    /// <summary>The solution notebooks (source of truth, with solution regions).</summary>
    public static string Solutions(string root) => Path.Combine(root, "solutions");

    /// <summary>The learner notebooks generated from the solutions.</summary>
    public static string Notebooks(string root) => Path.Combine(root, "notebooks");

    /// <summary>The DLL every notebook loads with <c>#r</c>, relative to the repository root.</summary>
    public static string LessonLibrary(string root) =>
        Path.Combine(root, "artifacts", "bin", "AutoDiff.Interactive", "debug", "AutoDiff.Interactive.dll");
}
