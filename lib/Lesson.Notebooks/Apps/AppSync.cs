using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Apps;

/// <summary>
/// Keeps the file-based apps (<c>apps/learner/*.cs</c>, <c>apps/solutions/*.cs</c>) generated
/// from the solution notebooks, the one source of truth, as <see cref="LearnerSync"/> does for
/// the learner notebooks.
/// </summary>
public static class AppSync
{
    /// <summary>The command that regenerates notebooks and apps.</summary>
    public const string GenerateCommand = LearnerSync.GenerateCommand;

    /// <summary>The apps' folder under the repository root.</summary>
    public static string Apps(string root) => Path.Combine(root, "apps");

    /// <summary>The folder name of <paramref name="variant"/> under <c>apps/</c>.</summary>
    public static string Folder(AppVariant variant) => variant == AppVariant.Learner ? "learner" : "solutions";

    /// <summary>Writes both apps of every solution notebook; returns the paths (relative to
    /// <c>apps/</c>) whose content changed.</summary>
    public static IReadOnlyList<string> Generate(string solutionsFolder, string appsFolder)
    {
        // Generate everything first: a notebook that cannot be converted leaves every app as it was.
        var expected = Expected(solutionsFolder, appsFolder).ToList();
        var changed = new List<string>();
        foreach (var (path, text) in expected)
        {
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            changed.Add(Path.GetRelativePath(appsFolder, path));
        }
        return changed;
    }

    /// <summary>Every way the apps differ from what <see cref="Generate"/> would write (missing,
    /// different, or an app without a solution notebook). Empty when in sync.</summary>
    public static IReadOnlyList<string> Check(string solutionsFolder, string appsFolder)
    {
        var problems = new List<string>();
        List<(string Path, string Text)> expected;
        try
        {
            expected = Expected(solutionsFolder, appsFolder).ToList();
        }
        catch (NotebookFormatException e)
        {
            return [e.Message];
        }
        if (expected.Count == 0)
            problems.Add($"no solution notebooks (*.ipynb) in {solutionsFolder}");
        foreach (var (path, text) in expected)
        {
            string name = Path.GetRelativePath(appsFolder, path);
            if (!File.Exists(path))
                problems.Add($"apps/{name}: missing (run: {GenerateCommand})");
            else if (File.ReadAllText(path) != text)
                problems.Add($"apps/{name}: differs from what solutions/ generates (run: {GenerateCommand})");
        }
        var wanted = expected.Select(e => Path.GetFullPath(e.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var variant in Enum.GetValues<AppVariant>())
        {
            string folder = Path.Combine(appsFolder, Folder(variant));
            if (!Directory.Exists(folder)) continue;
            foreach (var extra in Directory.GetFiles(folder, "*.cs").Where(f => !wanted.Contains(Path.GetFullPath(f))).Order(StringComparer.Ordinal))
                problems.Add($"apps/{Folder(variant)}/{Path.GetFileName(extra)}: has no solution notebook in {solutionsFolder}");
        }
        return problems;
    }

    private static IEnumerable<(string Path, string Text)> Expected(string solutionsFolder, string appsFolder)
    {
        var notebooks = Directory.Exists(solutionsFolder)
            ? Directory.GetFiles(solutionsFolder, "*.ipynb").Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var notebookPath in notebooks)
        {
            var solution = NotebookDocument.Load(notebookPath);
            foreach (var variant in Enum.GetValues<AppVariant>())
                yield return (Path.Combine(appsFolder, Folder(variant), solution.Name + ".cs"), AppGenerator.Generate(solution, variant));
        }
    }
}
