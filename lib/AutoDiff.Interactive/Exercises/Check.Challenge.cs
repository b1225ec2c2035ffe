using System.Globalization;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>The point where the coding challenge's function is traced.</summary>
    public static double ChallengePoint => 0.5;

    /// <summary>
    /// Coding challenge 8 ("explain autodiff on a small function in words"):
    /// <paramref name="smallFunction"/> is the learner's f(x) with at least two operations. It is
    /// traced at <see cref="ChallengePoint"/>, differentiated by reverse mode, its derivative is
    /// compared with a central difference, and on success the result carries the narration.
    /// </summary>
    /// <param name="smallFunction">The learner's function.</param>
    /// <param name="narrate">Renders the traced graph's narration as HTML (default: the narration view).</param>
    public static CheckResult Challenge(Func<Value, Value>? smallFunction, Func<ComputationGraph, string>? narrate = null) =>
        Attempt.Grade(ExerciseCatalogue.Challenge.Id, smallFunction, f => GradeChallenge(f, narrate ?? AutoDiff.Visuals.Narration.ExplainHtml));

    private static CheckResult GradeChallenge(Func<Value, Value> smallFunction, Func<ComputationGraph, string> narrate)
    {
        string id = ExerciseCatalogue.Challenge.Id;
        double x0 = ChallengePoint;
        var tape = new Tape();
        var x = tape.Variable(x0, "x");
        var output = smallFunction(x);
        if (!output.IsTraced || !ReferenceEquals(output.Tape, tape))
            return CheckResult.Fail(id, "Your function returned a value that is not on the tape of x.", "Compute the result from the parameter x, e.g. Value.Sin(x * x) + x.");
        var graph = output.Named("f").ToGraph();
        int operations = graph.Nodes.Count(n => n.Op is not (Op.Input or Op.Constant)); // an input returned as is is no operation
        if (operations < 2)
            return CheckResult.Fail(id, $"Your function has {operations} operation{(operations == 1 ? "" : "s")}; the challenge asks for two or three so there is a chain to explain.", "Compose two operations, e.g. Value.Sin(x * x).");
        if (Feedback.BackwardAlreadyRan(id, output, x) is { } ranBackward) return ranBackward;
        output.Backward();
        graph = output.ToGraph();
        if (Smoothness.KinkHint(a => PrimalAt(smallFunction, a), x0, $"x = {Attempt.N(x0)}") is { } kink)
            return CheckResult.Fail(id, $"At x = {Attempt.N(x0)} autodiff gives f′ = {Attempt.N(x.Adjoint)}, but f has no derivative there.", kink);
        double numeric = CentralAt(smallFunction, x0);
        if (!double.IsFinite(x.Adjoint) || Math.Abs(x.Adjoint - numeric) > 1e-5 + 1e-4 * Math.Abs(numeric))
            return CheckResult.Fail(id, $"At x = {Attempt.N(x0)} autodiff gives f′ = {Attempt.N(x.Adjoint)}, a central difference {Attempt.N(numeric)}.",
                "Pick a function that is smooth around x = 0.5 (no abs/relu kink, no division by zero).");
        return CheckResult.Pass(id, $"f({Attempt.N(x0)}) = {Attempt.N(output.Primal)}, f′ = {Attempt.N(x.Adjoint)} ({operations.ToString("N0", CultureInfo.InvariantCulture)} operations). The narration below explains both passes; now put it in your own words.")
            with { FigureHtml = Attempt.Figure(() => narrate(graph)) };
    }

    private static double CentralAt(Func<Value, Value> f, double x0)
    {
        const double h = 1e-5;
        return (PrimalAt(f, x0 + h) - PrimalAt(f, x0 - h)) / (2 * h);
    }

    // f evaluated on a fresh tape of its own.
    private static double PrimalAt(Func<Value, Value> f, double a) => f(new Tape().Variable(a, "x")).Primal;
}
