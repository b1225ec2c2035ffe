using LessonExercises;

namespace Lesson.Apps.Tests;

/// <summary>How many exercises a notebook checks: its entries in the exercise catalogue, which
/// tests of the notebooks hold to the check cells of each solution notebook; independent of the
/// app generator.</summary>
internal static class ExpectedChecks
{
    public static int In(string name) => ExerciseCatalogue.All.Count(e => e.Notebook == name);
}
