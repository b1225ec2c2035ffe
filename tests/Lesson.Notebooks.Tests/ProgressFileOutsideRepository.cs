using System.Runtime.CompilerServices;

namespace Lesson.Notebooks.Tests;

/// <summary>
/// The kernels and apps these tests start record exercise results like a learner's session does
/// (AutoDiff.Interactive's ProgressStore); they inherit this process's environment, so pointing
/// LESSON_PROGRESS_FILE at a temporary file keeps the repository's own progress file untouched.
/// </summary>
internal static class ProgressFileOutsideRepository
{
    [ModuleInitializer]
    internal static void Redirect() => Environment.SetEnvironmentVariable("LESSON_PROGRESS_FILE",
        Path.Combine(Path.GetTempPath(), "lesson-progress-tests", $"{Environment.ProcessId}.json"));
}
