namespace Lesson.Notebooks.Apps;

/// <summary>Which file-based app a notebook becomes.</summary>
public enum AppVariant
{
    /// <summary>Exercise stubs, as in <c>notebooks/</c>: <c>apps/learner/</c>.</summary>
    Learner,
    /// <summary>The worked solutions, as in <c>solutions/</c>: <c>apps/solutions/</c>.</summary>
    Solution,
}
