using System.Text.RegularExpressions;
using Lesson.Notebooks;
using Lesson.Notebooks.Model;

namespace Lesson.Apps.Tests;

/// <summary>How many exercise checks a notebook runs, counted in its solution notebook's code
/// (calls of <c>Check.Something(</c> and <c>quiz.Answer(</c>), independently of the generator.</summary>
internal static partial class ExpectedChecks
{
    public static int In(string name) =>
        NotebookDocument.Load(Path.Combine(LessonPaths.Solutions(Apps.Root), name + ".ipynb")).Cells
            .Where(c => c.Kind == CellKind.Code)
            .Sum(c => CheckCall().Count(c.Source));

    [GeneratedRegex(@"(?<![\w.])Check\.\w+\(|\bquiz\.Answer\(")]
    private static partial Regex CheckCall();
}
