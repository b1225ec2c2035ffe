using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// Where the checks' results go: every result stamped with its attempt (<see cref="Attempts.Stamp"/>)
/// is recorded here, so no check records on its own. Only a learner's session records (a notebook
/// kernel or a file-based app); a test host or a library records nothing unless a test sets
/// <see cref="Store"/>.
/// </summary>
internal static class ProgressLog
{
    private static readonly object Gate = new();
    private static ProgressStore? store;
    private static bool located;

    /// <summary>The store results go to: set by tests (a temporary file); by default the progress file
    /// of the repository around the current directory, and only in a learner's session.</summary>
    internal static ProgressStore? Store
    {
        get
        {
            lock (Gate)
            {
                if (!located && InLearnerSession())
                {
                    store = ProgressStore.Locate(Environment.CurrentDirectory);
                    located = true;
                }
                return store;
            }
        }
        set
        {
            lock (Gate)
            {
                store = value;
                located = true;
            }
        }
    }

    /// <summary>Records <paramref name="result"/>'s state; never throws.</summary>
    internal static void Record(CheckResult result)
    {
        // A mistyped id (quiz item 9) is feedback for the learner, not an exercise of the lesson.
        if (ExerciseCatalogue.Find(result.ExerciseId) is not null)
            Store?.Record(result.ExerciseId, result.Status);
    }

    /// <summary>The lesson's progress as recorded (all "not attempted yet" when nothing is).</summary>
    internal static LessonProgress Read()
    {
        var current = Store ?? ProgressStore.Locate(Environment.CurrentDirectory);
        return current is null
            ? new LessonProgress(new Dictionary<string, ExerciseState>(), "Progress is recorded only inside the lesson's repository; run the notebooks from there.")
            : new LessonProgress(current.Read(), current.TakeNote());
    }

    private static bool InLearnerSession() => NotebookHost.IsActive || AppPage.Current is not null;
}
