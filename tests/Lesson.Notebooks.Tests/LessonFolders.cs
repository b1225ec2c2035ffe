namespace Lesson.Notebooks.Tests;

/// <summary>The real lesson notebooks, as committed.</summary>
internal static class LessonFolders
{
    /// <summary>The notebooks the lesson must have (issue: the lesson notebooks).</summary>
    public static readonly string[] Names =
    [
        "00-start-here", "01-starter", "02-intermediate", "03-advanced", "04-mini-project-graph-sketch", "05-quiz",
    ];

    public static string Root => LessonPaths.FindRoot(AppContext.BaseDirectory);

    public static string Solutions => LessonPaths.Solutions(Root);

    public static string Learner => LessonPaths.Notebooks(Root);

    public static string Solution(string name) => Path.Combine(Solutions, name + ".ipynb");

    public static string LearnerNotebook(string name) => Path.Combine(Learner, name + ".ipynb");

    public static TheoryData<string> All() => new(Names);
}
