using System.Net;
using System.Text;
using AutoDiff.Visuals;
using LessonExercises;
using AutoDiff.Sketch;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>The point where the mini-project's sketch is traced and its numbers are checked:
    /// no two of f's values, adjoints and local derivatives coincide there by chance.</summary>
    public static (double X, double Y) SketchPoint => (1.2, 2.5);

    // Two more points, so a local-derivative formula that agrees at one point by chance still fails.
    private static readonly (double X, double Y)[] MoreSketchPoints = [(-0.7, 1.9), (2.3, -1.4)];

    private const string SketchHint =
        "Every difference is listed below and marked in the drawing (red: wrong, purple: extra, blue: in f but not in your sketch). Fix your sketch, then run its cell and this check again.";

    /// <summary>
    /// Mini-project, step 1: the learner's sketch of f(x, y) = x²y + sin x (written without tracing
    /// anything) is compared with the graph traced from f, by structure and operation, and every
    /// local-derivative formula is evaluated at three points. The feedback draws both graphs side
    /// by side with the differences marked.
    /// </summary>
    public static CheckResult MiniProjectSketch(Func<GraphSketch>? sketch) =>
        Attempt.Grade(ExerciseCatalogue.MiniProjectSketch.Id, sketch, s => GradeSketch(ExerciseCatalogue.MiniProjectSketch.Id, s, MiniProjectF, MiniProjectPoints()));

    /// <summary>
    /// Mini-project, step 2: the forward value and the adjoint (grad) of every node of the sketch at
    /// <see cref="SketchPoint"/>, filled in with <c>GraphSketch.WithValues</c>. The first wrong
    /// number is named, with the path missing from a sum or the factor missing from a product.
    /// </summary>
    public static CheckResult MiniProjectValues(Func<GraphSketch>? sketchWithValues) =>
        Attempt.Grade(ExerciseCatalogue.MiniProjectValues.Id, sketchWithValues, s => GradeValues(s));

    /// <summary>
    /// Homework: the learner's sketch of their own function, compared with the graph traced from
    /// <paramref name="myFunction"/> (at <see cref="HomeworkPoint"/> and two more points).
    /// </summary>
    public static CheckResult HomeworkSketch(Func<GraphSketch>? sketch, Func<Value, Value, Value>? myFunction)
    {
        string id = ExerciseCatalogue.HomeworkSketch.Id;
        if (myFunction is null) return CheckResult.Pending(id, Attempt.RunCellsAbove);
        var points = new[] { HomeworkPoint, (0.9, 1.6), (1.7, 0.4) };
        return Attempt.Grade(id, sketch, s => GradeSketch(id, s, myFunction, points));
    }

    private static Value MiniProjectF(Value x, Value y) => Value.Pow(x, 2) * y + Value.Sin(x);

    private static (double, double)[] MiniProjectPoints() => [SketchPoint, .. MoreSketchPoints];

    private static CheckResult GradeSketch(string id, Func<GraphSketch> learner, Func<Value, Value, Value> f, (double, double)[] points)
    {
        var (sketch, unreadable) = ReadSketch(id, learner, "sketch");
        if (sketch is null) return unreadable!;
        var comparison = SketchComparison.Compare(sketch, f, points);
        string figure = Attempt.Figure(() => SketchSvg.Comparison(comparison));
        if (comparison.IsMatch)
            return CheckResult.Pass(id,
                $"Your sketch has f's graph: {sketch.Nodes.Count} nodes with the same operations on the same operands, and every local derivative agrees with the trace at {points.Length} points.")
                with { FigureHtml = figure };
        var stated = comparison.Stated.DefaultIfEmpty(comparison.Differences[0]).ToList();
        string more = stated.Count > 1 ? $" ({stated.Count - 1} more below.)" : "";
        return CheckResult.Fail(id, stated[0].Message + more, SketchHint) with { FigureHtml = (stated.Count > 1 ? List(stated) : "") + figure };
    }

    private static CheckResult GradeValues(Func<GraphSketch> learner)
    {
        string id = ExerciseCatalogue.MiniProjectValues.Id;
        var (sketch, unreadable) = ReadSketch(id, learner, "numbers");
        if (sketch is null) return unreadable!;
        if (sketch.Numbers.Count == 0)
            return CheckResult.Fail(id, "Your sketch has no numbers yet.", "Add them with .WithValues(\"\"\" x: value 1.2, grad … \"\"\"), one line per node.");
        var comparison = SketchComparison.Compare(sketch, MiniProjectF, MiniProjectPoints());
        if (!comparison.IsMatch)
            return CheckResult.Fail(id, "The numbers can only be checked on a sketch with f's graph, and yours differs: " + comparison.Stated.DefaultIfEmpty(comparison.Differences[0]).First().Message,
                "Get the sketch check above to pass first.") with { FigureHtml = Attempt.Figure(() => SketchSvg.Comparison(comparison)) };
        var wrong = comparison.CheckValues();
        string figure = Attempt.Figure(() => SketchSvg.Values(sketch, wrong));
        if (wrong.Count == 0)
            return CheckResult.Pass(id,
                $"Every value and every grad is right at (x, y) = ({Attempt.N(SketchPoint.X)}, {Attempt.N(SketchPoint.Y)}). x feeds two operations, so its grad is the sum of two paths: through x² and through sin x.")
                with { FigureHtml = figure };
        return CheckResult.Fail(id, wrong[0].Message,
            "Forward values go from the inputs to the output; grads go back from the output (grad 1), each the sum over the node's outgoing edges of (grad of the child × local derivative).")
            with { FigureHtml = figure };
    }

    // A sketch that cannot be read is a wrong answer that quotes the line; anything else the
    // learner's code throws (the stub's NotImplementedException first) is left to Attempt.
    private static (GraphSketch? Sketch, CheckResult? Unreadable) ReadSketch(string id, Func<GraphSketch> learner, string what)
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
