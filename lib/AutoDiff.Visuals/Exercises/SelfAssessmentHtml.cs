using System.Globalization;
using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// A written answer beside the key points it is compared with: what a self-assessed check shows,
/// so the learner marks their own words against the list (the lesson never grades free text).
/// </summary>
/// <param name="Answer">The learner's answer, as written (plain text; escaped when drawn).</param>
/// <param name="Points">The key points, numbered from 1 in this order.</param>
/// <param name="Marked">The numbers the learner marked as made by the answer (empty before marking).</param>
public sealed record SelfAssessment(string Answer, IReadOnlyList<string> Points, IReadOnlyCollection<int> Marked);

/// <summary>Renders a <see cref="SelfAssessment"/>: the answer on the left, the numbered key points
/// on the right with the learner's marks, as HTML and as plain text.</summary>
public static class SelfAssessmentHtml
{
    /// <summary><c>&lt;div class="self-assessment"&gt;</c>: "Your answer" (as written, line breaks kept)
    /// beside "Key points" (<c>&lt;li data-marked="true|false"&gt;</c>, a ✎ before each marked one).</summary>
    public static string Render(SelfAssessment view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new StringBuilder("<div class=\"self-assessment\" style=\"display:flex;flex-wrap:wrap;gap:12px;margin-top:6px\">");
        html.Append("<div class=\"self-assessment-answer\" style=\"flex:1 1 260px\"><em>Your answer</em>");
        html.Append($"<div style=\"white-space:pre-wrap;border-left:2px solid #8a8f9880;padding:2px 8px;margin-top:2px\">{HtmlText.Escape(view.Answer)}</div></div>");
        html.Append("<div class=\"self-assessment-points\" style=\"flex:1 1 260px\"><em>Key points</em><ol style=\"margin:2px 0 0 0;padding-left:1.6em\">");
        for (int i = 0; i < view.Points.Count; i++)
        {
            bool marked = view.Marked.Contains(i + 1);
            string mark = marked ? $"<span title=\"you marked it\" style=\"color:{ExerciseStyle.Colour(LessonExercises.ExerciseState.SelfChecked)}\">✎ </span>" : "";
            html.Append(CultureInfo.InvariantCulture, $"<li data-marked=\"{(marked ? "true" : "false")}\">{mark}{HtmlText.Escape(view.Points[i])}</li>");
        }
        return html.Append("</ol></div></div>").ToString();
    }

    /// <summary>The same as text: "Your answer:" and its lines indented, then "Key points:" with
    /// "[✎]" before each marked one and "[ ]" before the others.</summary>
    public static string Text(SelfAssessment view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder("  Your answer:").AppendLine();
        foreach (var line in view.Answer.Split('\n'))
            text.Append("    ").AppendLine(line.TrimEnd('\r'));
        text.Append("  Key points:");
        for (int i = 0; i < view.Points.Count; i++)
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"    [{(view.Marked.Contains(i + 1) ? "✎" : " ")}] ({i + 1}) {view.Points[i]}");
        return text.ToString();
    }
}
