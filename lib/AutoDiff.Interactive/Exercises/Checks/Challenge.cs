using System.Globalization;
using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>The point where the coding challenge's function is traced.</summary>
    public static double ChallengePoint => 0.5;

    /// <summary>
    /// Coding challenge 8 ("explain autodiff on a small function in words"):
    /// <paramref name="smallFunction"/> is the learner's own f(x) with two or three operations
    /// (scaling or shifting by a constant does not count), defined and smooth at
    /// <see cref="ChallengePoint"/>, and not the h(x) = exp(sin x²) that 03-advanced already
    /// explains. It is traced there, differentiated by reverse mode, its derivative is compared
    /// with a central difference (the library's <see cref="GradCheck"/>), and on success the result
    /// carries the narration.
    /// </summary>
    /// <param name="smallFunction">The learner's function.</param>
    /// <param name="narrate">Renders the traced graph's narration as HTML (default: the narration view).</param>
    public static CheckResult Challenge(Func<Value, Value>? smallFunction, Func<ComputationGraph, string>? narrate = null) =>
        Attempt.Grade(ExerciseCatalogue.Challenge.Id, smallFunction, f => GradeChallenge(f, narrate ?? AutoDiff.Visuals.Narration.ExplainHtml));

    private static CheckResult GradeChallenge(Func<Value, Value> smallFunction, Func<ComputationGraph, string> narrate)
    {
        string id = ExerciseCatalogue.Challenge.Id;
        double x0 = ChallengePoint;
        string at = $"x = {MessageNumber.Text(x0)}";
        var tape = new Tape();
        var x = tape.Variable(x0, "x");
        var output = smallFunction(x);
        if (!output.IsTraced || !ReferenceEquals(output.Tape, tape))
            return CheckResult.Fail(id, "Your function returned a value that is not on the tape of x.", "Compute the result from the parameter x, e.g. Value.Sin(x * x) + x.");
        var graph = output.Named("f").ToGraph();
        if (!double.IsFinite(output.Primal))
            return CheckResult.Fail(id, $"f({MessageNumber.Text(x0)}) = {MessageNumber.Text(output.Primal)}: your function is not defined at {at}, so there is nothing to explain there.",
                $"Choose a function that is defined and smooth around {at} (no log or square root of a negative number, no division by zero).");
        if (Feedback.HiddenVariable(p => LearnerFunction.TraceAt(smallFunction, p), [x0], "x") is { } hidden) return CheckResult.Fail(id, hidden.Message, hidden.Hint);
        if (LearnerFunction.Same(a => LearnerFunction.PrimalAt(smallFunction, a), LessonFunctions.HValue, [0.5, -0.9, 1.7]))
            return CheckResult.Fail(id, "That is h(x) = exp(sin x²), which 03-advanced already steps through and narrates for you.",
                "Explain a function of your own, e.g. sin(x²) + x or x·eˣ.");
        int operations = LearnerFunction.Operations(graph);
        if (operations is < 2 or > 3)
            return CheckResult.Fail(id, operations < 2
                    ? $"Your function has {operations} operation{(operations == 1 ? "" : "s")} beyond scaling or shifting by a constant; the challenge asks for two or three so there is a chain to explain."
                    : $"Your function has {operations} operations; the challenge asks for two or three, so the explanation stays short.",
                operations < 2 ? "Compose two operations, e.g. Value.Sin(x * x): x·2 + 1 only scales and shifts x, its slope is one constant." : "Drop an operation or two.");
        if (Feedback.BackwardAlreadyRan(id, output, x) is { } ranBackward) return ranBackward;
        output.Backward();
        graph = output.ToGraph();
        if (!double.IsFinite(x.Adjoint))
            return CheckResult.Fail(id, $"At {at} autodiff gives f′ = {MessageNumber.Text(x.Adjoint)}: a derivative that is not finite is never correct.", LearnerFunction.NonFiniteSlope(x.Adjoint, at));
        if (Smoothness.KinkHint(a => LearnerFunction.PrimalAt(smallFunction, a), x0, at) is { } kink)
            return CheckResult.Fail(id, $"At {at} autodiff gives f′ = {MessageNumber.Text(x.Adjoint)}, but f has no derivative there.", kink);
        if (LearnerFunction.FirstDisagreement(v => smallFunction(v[0]), x0) is { } wrong)
            return CheckResult.Fail(id, $"At {at} autodiff gives f′ = {MessageNumber.Text(wrong.Analytic)}, a central difference {MessageNumber.Text(wrong.Numeric)}.",
                $"Pick a function that is smooth around {at} (no abs/relu kink, no division by zero).");
        return CheckResult.Pass(id, $"f({MessageNumber.Text(x0)}) = {MessageNumber.Text(output.Primal)}, f′ = {MessageNumber.Text(x.Adjoint)} ({operations.ToString("N0", CultureInfo.InvariantCulture)} operations). The narration below explains both passes; now put it in your own words.")
            with { DrawFigure = () => narrate(graph) };
    }
}
