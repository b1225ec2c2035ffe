using AutoDiff.Sketch;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Homework: the learner's sketch of their own function, compared with the graph traced from
    /// <paramref name="myFunction"/> (at <see cref="HomeworkPoint"/> and two more points).
    /// </summary>
    public static CheckResult HomeworkSketch(Func<GraphSketch>? sketch, Func<Value, Value, Value>? myFunction)
    {
        string id = ExerciseCatalogue.HomeworkSketch.Id;
        if (myFunction is null) return Attempts.Stamp(CheckResult.Pending(id, Attempt.RunCellsAbove));
        return Attempt.Grade(id, sketch, s => SketchGrading.Compare(id, s, myFunction, [HomeworkPoint, (0.9, 1.6), (1.7, 0.4)]));
    }
}
