using Lesson.Notebooks;
using Lesson.Notebooks.Apps;
using Lesson.Notebooks.Tests;

namespace Lesson.Apps.Tests;

/// <summary>
/// Runs the generated apps as a learner does (<c>dotnet run FILE.cs</c> from the repository root,
/// in a child process) and keeps each result for the test run, so that a build is never repeated.
/// Runs wait for the process to exit; the limit is generous because the first run of an app builds
/// it (and the lesson library) on a busy machine, and it bounds nothing else.
/// </summary>
internal static class Apps
{
    /// <summary>The notebooks, hence the apps, of the lesson.</summary>
    public static readonly string[] Names =
    [
        "00-start-here", "01-starter", "02-intermediate", "03-advanced", "04-mini-project-graph-sketch", "05-quiz",
    ];

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);
    private static readonly Dictionary<string, AppRun> Runs = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string Root => LessonPaths.FindRoot(AppContext.BaseDirectory);

    public static string AppsFolder => AppSync.Apps(Root);

    public static TheoryData<string> All() => new(Names);

    /// <summary>The path of app <paramref name="name"/> of <paramref name="variant"/>.</summary>
    public static string Path(AppVariant variant, string name) =>
        System.IO.Path.Combine(AppsFolder, AppSync.Folder(variant), name + ".cs");

    /// <summary>The committed app's run (run once per test run).</summary>
    public static Task<AppRun> RunAsync(AppVariant variant, string name) => RunFileAsync(Path(variant, name));

    /// <summary>Runs <paramref name="file"/> (once per test run and content).</summary>
    public static async Task<AppRun> RunFileAsync(string file)
    {
        await OneAtATime.WaitAsync();
        try
        {
            string key = file + "\n" + await File.ReadAllTextAsync(file);
            if (Runs.TryGetValue(key, out var known)) return known;
            string page = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "out", System.IO.Path.GetFileNameWithoutExtension(file) + ".html");
            if (File.Exists(page)) File.Delete(page);
            var (exitCode, output) = await ProcessRunner.RunAsync("dotnet", Root, Limit, "run", file);
            var run = new AppRun(exitCode, output, File.Exists(page) ? await File.ReadAllTextAsync(page) : "");
            Runs[key] = run;
            return run;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>
    /// A copy of learner app <paramref name="name"/> with <paramref name="edit"/> applied, in a fixed
    /// folder outside the repository (fixed, so that a second test run reuses its build), with the
    /// apps' build settings and the library project at its absolute path.
    /// </summary>
    public static string EditedCopy(string name, string folderName, Func<string, string> edit)
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lesson-apps-tests", folderName);
        Directory.CreateDirectory(folder);
        File.Copy(System.IO.Path.Combine(AppsFolder, "Directory.Build.props"), System.IO.Path.Combine(folder, "Directory.Build.props"), overwrite: true);
        string library = System.IO.Path.Combine(Root, "lib", "AutoDiff.Interactive", "AutoDiff.Interactive.csproj");
        string text = File.ReadAllText(Path(AppVariant.Learner, name)).Replace("#:project " + AppGenerator.LibraryProject, "#:project " + library, StringComparison.Ordinal);
        string file = System.IO.Path.Combine(folder, name + ".cs");
        File.WriteAllText(file, edit(text));
        return file;
    }
}
