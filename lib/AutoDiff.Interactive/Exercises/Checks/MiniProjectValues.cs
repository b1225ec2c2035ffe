using AutoDiff.Sketch;
using AutoDiff.Visuals;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Mini-project, step 2: the forward value and the adjoint (grad) of every node of the sketch at
    /// <see cref="SketchPoint"/>, filled in with <c>GraphSketch.WithValues</c>. The first wrong
    /// number is named, with the path missing from a sum or the factor missing from a product.
    /// </summary>
    public static CheckResult MiniProjectValues(Func<GraphSketch>? sketchWithValues) =>
        Attempt.Grade(ExerciseCatalogue.MiniProjectValues.Id, sketchWithValues, GradeValues);

    private static CheckResult GradeValues(Func<GraphSketch> learner)
    {
        string id = ExerciseCatalogue.MiniProjectValues.Id;
        var (sketch, unreadable) = SketchGrading.Read(id, learner, "numbers");
        if (sketch is null) return unreadable!;
        if (sketch.Numbers.Count == 0)
            return CheckResult.Fail(id, "Your sketch has no numbers yet.", "Add them with .WithValues(\"\"\" x: value 1.2, grad … \"\"\"), one line per node.");
        var comparison = SketchComparison.Compare(sketch, LessonFunctions.F, MiniProjectSketchPoints);
        if (!comparison.IsMatch)
            return CheckResult.Fail(id, "The numbers can only be checked on a sketch with f's graph, and yours differs: " + comparison.Stated.DefaultIfEmpty(comparison.Differences[0]).First().Message,
                "Get the sketch check above to pass first.") with { FigureHtml = Attempt.Figure(() => SketchSvg.Comparison(comparison)) };
        var wrong = comparison.CheckValues();
        string figure = Attempt.Figure(() => SketchSvg.Values(sketch, wrong));
        if (wrong.Count == 0)
            return CheckResult.Pass(id,
                $"Every value and every grad is right at (x, y) = ({MessageNumber.Text(SketchPoint.X)}, {MessageNumber.Text(SketchPoint.Y)}). x feeds two operations, so its grad is the sum of two paths: through x² and through sin x.")
                with { FigureHtml = figure };
        return CheckResult.Fail(id, wrong[0].Message,
            "Forward values go from the inputs to the output; grads go back from the output (grad 1), each the sum over the node's outgoing edges of (grad of the child × local derivative).")
            with { FigureHtml = figure };
    }
}
