using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// The lesson's progress as <see cref="Lesson.Progress"/> read it: every exercise with its recorded
/// state, grouped by notebook, and what to do next. Shows as HTML in a notebook and as text in an app
/// (both from <c>AutoDiff.Visuals.ProgressHtml</c>, through the view table).
/// </summary>
/// <param name="Progress">The recorded progress.</param>
public sealed record ProgressView(LessonProgress Progress)
{
    /// <summary>The view as plain text.</summary>
    public override string ToString() => AutoDiff.Visuals.ProgressHtml.Text(Progress);
}
