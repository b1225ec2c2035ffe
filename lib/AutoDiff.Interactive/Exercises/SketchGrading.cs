using System.Net;
using System.Text;
using AutoDiff.Sketch;
using AutoDiff.Visuals;

namespace AutoDiff.Interactive;

/// <summary>
/// Grades a learner's graph sketch against the trace of a function (the mini-project's sketch and
/// the homework's): the sketch is read, compared by structure, operation and local derivatives at
/// the given points, and drawn beside the trace with every difference marked.
/// </summary>
internal static class SketchGrading
{
    private const string Hint =
        "Every difference is listed below and marked in the drawing (red: wrong, purple: extra, blue: in f but not in your sketch). Fix your sketch, then run its cell and this check again.";

    /// <summary>The verdict on <paramref name="learner"/>'s sketch of <paramref name="f"/>, traced at <paramref name="points"/>.</summary>
    internal static CheckResult Compare(string id, Func<GraphSketch> learner, Func<Value, Value, Value> f, (double, double)[] points)
    {
        var (sketch, unreadable) = Read(id, learner, "sketch");
        if (sketch is null) return unreadable!;
        var comparison = SketchComparison.Compare(sketch, f, points);
        string figure = Attempt.Figure(() => SketchSvg.Comparison(comparison));
        if (comparison.IsMatch)
            return CheckResult.Pass(id,
                $"Your sketch has f's graph: {sketch.Nodes.Count} nodes with the same operations on the same operands, and every local derivative agrees with the trace at {points.Length} points.")
                with { FigureHtml = figure };
        var stated = comparison.Stated.DefaultIfEmpty(comparison.Differences[0]).ToList();
        string more = stated.Count > 1 ? $" ({stated.Count - 1} more below.)" : "";
        return CheckResult.Fail(id, stated[0].Message + more, Hint) with { FigureHtml = (stated.Count > 1 ? List(stated) : "") + figure };
    }

    /// <summary>
    /// The learner's sketch, or the wrong answer that quotes the line it cannot read (naming
    /// <paramref name="what"/> the learner wrote: "sketch", "numbers"). Anything else the learner's
    /// code throws (the stub's NotImplementedException first) is left to <see cref="Attempt"/>.
    /// </summary>
    internal static (GraphSketch? Sketch, CheckResult? Unreadable) Read(string id, Func<GraphSketch> learner, string what)
    {
        try
        {
            return (learner(), null);
        }
        catch (SketchFormatException e)
        {
            return (null, CheckResult.Fail(id, $"Your {what} cannot be read: {e.Message}", "Fix that line, then run its cell and this check again."));
        }
    }

    private static string List(IReadOnlyList<SketchDifference> differences)
    {
        var html = new StringBuilder("<ul class=\"autodiff-sketch-differences\" style=\"margin:4px 0 8px 18px;padding:0\">");
        foreach (var d in differences) html.Append("<li>").Append(WebUtility.HtmlEncode(d.Message)).Append("</li>");
        return html.Append("</ul>\n").ToString();
    }
}
