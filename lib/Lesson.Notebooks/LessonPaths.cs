using System.Reflection;

namespace Lesson.Notebooks;

/// <summary>
/// Where things are in the lesson repository, and the lesson's number: each defined once here (the
/// number comes from <c>LessonNumber</c> in Directory.Build.props). The notebooks' own <c>#r</c>
/// lines must spell <see cref="LibraryFolder"/> out literally; a test checks that they do.
/// </summary>
public static class LessonPaths
{
    /// <summary>The lesson's number, "1.2.40".</summary>
    public static string LessonNumber { get; } =
        typeof(LessonPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == nameof(LessonNumber)).Value!;

    /// <summary>The solution file that marks the repository root, "Lesson-1.2.40.sln".</summary>
    public static string SolutionFile { get; } = $"Lesson-{LessonNumber}.sln";

    /// <summary>The lesson's title as pages show it.</summary>
    public static string Title { get; } = $"Lesson {LessonNumber}: automatic differentiation";

    /// <summary>
    /// The build output of the lesson library, relative to the repository root, with '/' as the
    /// notebooks write it (the .NET artifacts layout: artifacts/bin/PROJECT/debug).
    /// </summary>
    public const string LibraryFolder = "artifacts/bin/AutoDiff.Interactive/debug";

    /// <summary>The build output folder of <paramref name="project"/> (artifacts layout, Debug).</summary>
    public static string BuildOutput(string root, string project) => Path.Combine(root, "artifacts", "bin", project, "debug");

    /// <summary>The DLL every notebook loads with <c>#r</c>.</summary>
    public static string LessonLibrary(string root) =>
        Path.Combine(root, Path.Combine(LibraryFolder.Split('/')), "AutoDiff.Interactive.dll");

    /// <summary>Where the runner writes the lesson unless told otherwise.</summary>
    public static string DefaultOutput(string root) => Path.Combine(root, "artifacts", "lesson");

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
}
