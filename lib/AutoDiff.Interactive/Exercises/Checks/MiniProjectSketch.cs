using AutoDiff.Sketch;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>The point where the mini-project's sketch is traced and its numbers are checked:
    /// no two of f's values, adjoints and local derivatives coincide there by chance.</summary>
    public static (double X, double Y) SketchPoint => (1.2, 2.5);

    // Two more points, so a local-derivative formula that agrees at one point by chance still fails.
    private static (double, double)[] MiniProjectSketchPoints => [SketchPoint, (-0.7, 1.9), (2.3, -1.4)];

    /// <summary>
    /// Mini-project, step 1: the learner's sketch of f(x, y) = x²y + sin x (written without tracing
    /// anything) is compared with the graph traced from f, by structure and operation, and every
    /// local-derivative formula is evaluated at three points. The feedback draws both graphs side
    /// by side with the differences marked.
    /// </summary>
    public static CheckResult MiniProjectSketch(Func<GraphSketch>? sketch) =>
        Attempt.Grade(ExerciseCatalogue.MiniProjectSketch.Id, sketch,
            s => SketchGrading.Compare(ExerciseCatalogue.MiniProjectSketch.Id, s, LessonFunctions.F, MiniProjectSketchPoints));
}
