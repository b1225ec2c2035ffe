using Lesson.Notebooks;
using Lesson.Notebooks.Apps;
using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Runner;

/// <summary>
/// Keeping the committed notebooks right: <c>generate</c> makes the learner notebooks and the
/// file-based apps from the solutions; <c>clean</c> strips outputs. With <c>--check</c> both only report and exit 1 when
/// anything is out of order (for CI and tests).
/// </summary>
internal static class MaintenanceCommands
{
    public static int Generate(bool check)
    {
        var root = LessonPaths.FindRoot();
        var solutions = LessonPaths.Solutions(root);
        var notebooks = LessonPaths.Notebooks(root);
        var apps = AppSync.Apps(root);
        if (check)
        {
            IReadOnlyList<string> problems = [.. LearnerSync.Check(solutions, notebooks), .. AppSync.Check(solutions, apps)];
            return Report(problems, "learner notebooks and apps/ are in sync with solutions/");
        }
        IReadOnlyList<string> changed;
        try
        {
            changed = [.. LearnerSync.Generate(solutions, notebooks), .. AppSync.Generate(solutions, apps).Select(p => "apps/" + p)];
        }
        catch (NotebookFormatException e)
        {
            // A solution that cannot be read or has an unclosed region: say which, write nothing more.
            return Report([e.Message], "");
        }
        Console.WriteLine(changed.Count == 0
            ? "notebooks/ and apps/ already up to date."
            : $"regenerated {string.Join(", ", changed)}");
        return 0;
    }

    public static int Clean(bool check)
    {
        var root = LessonPaths.FindRoot();
        var problems = new List<string>();
        foreach (var path in CommittedNotebooks(root))
        {
            try
            {
                var notebook = NotebookDocument.Load(path);
                if (!check && NotebookHygiene.Clean(notebook))
                {
                    notebook.Save(path);
                    Console.WriteLine($"cleaned {Path.GetRelativePath(root, path)}");
                }
                problems.AddRange(NotebookHygiene.Check(notebook).Select(p => $"{Path.GetRelativePath(root, Path.GetDirectoryName(path)!)}/{p}"));
            }
            catch (NotebookFormatException e)
            {
                problems.Add(e.Message);
            }
        }
        return Report(problems, "committed notebooks are clean and carry the Polyglot metadata");
    }

    private static IEnumerable<string> CommittedNotebooks(string root) =>
        new[] { LessonPaths.Solutions(root), LessonPaths.Notebooks(root) }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal));

    private static int Report(IReadOnlyList<string> problems, string success)
    {
        foreach (var problem in problems)
            Console.Error.WriteLine(problem);
        if (problems.Count == 0)
            Console.WriteLine(success + ".");
        return problems.Count == 0 ? 0 : 1;
    }
}
