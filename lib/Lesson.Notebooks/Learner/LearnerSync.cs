using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Learner;

/// <summary>
/// Keeps the learner notebooks (<c>notebooks/</c>) generated from the solution notebooks
/// (<c>solutions/</c>), the one source of truth.
/// </summary>
public static class LearnerSync
{
    /// <summary>The command that regenerates the learner notebooks, as the problems tell the reader to run it.</summary>
    public const string GenerateCommand = "dotnet run --project lib/Lesson.Runner -- generate";

    /// <summary>
    /// Writes the learner version of every <c>*.ipynb</c> in <paramref name="solutionsFolder"/> into
    /// <paramref name="notebooksFolder"/>. Returns the names of the files whose content changed.
    /// </summary>
    public static IReadOnlyList<string> Generate(string solutionsFolder, string notebooksFolder)
    {
        Directory.CreateDirectory(notebooksFolder);
        var changed = new List<string>();
        foreach (var (solutionPath, learnerPath) in Pairs(solutionsFolder, notebooksFolder))
        {
            var expected = LearnerGenerator.Generate(NotebookDocument.Load(solutionPath)).ToJson();
            if (File.Exists(learnerPath) && File.ReadAllText(learnerPath) == expected)
                continue;
            File.WriteAllText(learnerPath, expected);
            changed.Add(Path.GetFileName(learnerPath));
        }
        return changed;
    }

    /// <summary>
    /// Every way the learner notebooks differ from what <see cref="Generate"/> would write: missing,
    /// different content, or a learner notebook without a solution. Empty when in sync. Missing or
    /// empty solution folders are problems too: there must be something to be in sync with.
    /// </summary>
    public static IReadOnlyList<string> Check(string solutionsFolder, string notebooksFolder)
    {
        var problems = new List<string>();
        var pairs = Pairs(solutionsFolder, notebooksFolder).ToList();
        if (pairs.Count == 0)
            problems.Add($"no solution notebooks (*.ipynb) in {solutionsFolder}");
        foreach (var (solutionPath, learnerPath) in pairs)
        {
            var name = Path.GetFileName(learnerPath);
            string expected;
            try
            {
                expected = LearnerGenerator.Generate(NotebookDocument.Load(solutionPath)).ToJson();
            }
            catch (NotebookFormatException e)
            {
                problems.Add(e.Message);
                continue;
            }
            if (!File.Exists(learnerPath))
                problems.Add($"{name}: missing from {notebooksFolder} (run: {GenerateCommand})");
            else if (File.ReadAllText(learnerPath) != expected)
                problems.Add($"{name}: differs from the learner version of solutions/{name} (run: {GenerateCommand})");
        }
        foreach (var extra in Notebooks(notebooksFolder).Where(n => !File.Exists(Path.Combine(solutionsFolder, Path.GetFileName(n)))))
            problems.Add($"{Path.GetFileName(extra)}: in {notebooksFolder} but has no solution notebook in {solutionsFolder}");
        return problems;
    }

    private static IEnumerable<(string Solution, string Learner)> Pairs(string solutionsFolder, string notebooksFolder) =>
        Notebooks(solutionsFolder).Select(s => (s, Path.Combine(notebooksFolder, Path.GetFileName(s))));

    private static IEnumerable<string> Notebooks(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal)
            : [];
}
