using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.4: <paramref name="forwardPartialX"/>(x, y) must return ∂f/∂x of
    /// f(x, y) = x²y + sin x from one forward pass with dual numbers (seed x with tangent 1 and y
    /// with 0): ∂f/∂x = 2xy + cos x. Compared with reverse mode at several points.
    /// </summary>
    public static CheckResult ForwardPartialX(Func<double, double, double>? forwardPartialX) =>
        Attempt.Grade(ExerciseCatalogue.ForwardPartialX.Id, forwardPartialX, d => ForwardPartialXExercise.Grade(p => d(p.X, p.Y), d));

    private static readonly NumericExercise<(double X, double Y)> ForwardPartialXExercise = new()
    {
        Id = ExerciseCatalogue.ForwardPartialX.Id,
        // At these points 2xy, x²y, x², 2x, cos x, sin x and xy all differ, so each typical mistake
        // returns its own number (at (2, 3) 2xy = x²y = 12 and 2x = x² = 4 would coincide).
        Points = [(1.5, 2.5), (-0.8, 1.7), (2.3, -0.6)],
        Expected = p => LessonFunctions.FPartials(p.X, p.Y).DfDx,
        Tolerance = NumericExercise.Exact,
        Where = p => $"(x, y) = ({MessageNumber.Text(p.X)}, {MessageNumber.Text(p.Y)})",
        What = "∂f/∂x",
        Wrong = (at, a) => $"At {at}: ∂f/∂x is {Feedback.N(a.Expected, a.Got)}, you returned {Feedback.N(a.Got, a.Expected)}.",
        Mistakes =
        [
            new("That is ∂f/∂y: seed x with tangent 1 and y with tangent 0.", p => p.X * p.X),
            new("You seeded both inputs with tangent 1: that is the derivative along the direction (1, 1). Seed only x.", p => 2 * p.X * p.Y + Math.Cos(p.X) + p.X * p.X),
            new("That is f itself (the primal): return the Tangent of the result.", p => LessonFunctions.FValue(p.X, p.Y)),
            new("The term from sin x is missing: f = x²y + sin x, and sin x changes with x too. Compute all of f with Dual numbers.", p => 2 * p.X * p.Y),
            new("The term from x²y is missing: compute all of f = x²y + sin x with Dual numbers.", p => Math.Cos(p.X)),
            new("The term from x²y is wrong: the tangent of x·x is x·1 + 1·x, so the factor 2 is missing.", p => p.X * p.Y + Math.Cos(p.X)),
            new("The term from x²y is wrong: it is the primal x²y, not its tangent.", p => p.X * p.X * p.Y + Math.Cos(p.X)),
            new("The term from sin x is wrong: the tangent of sin x is cos x times x's tangent, not sin x.", p => 2 * p.X * p.Y + Math.Sin(p.X)),
            new("The term from sin x has the wrong sign: d(sin x)/dx = +cos x.", p => 2 * p.X * p.Y - Math.Cos(p.X)),
            .. Diagnosis.Common<(double X, double Y)>(p => LessonFunctions.FPartials(p.X, p.Y).DfDx, "∂f/∂x"),
        ],
        Fallback = "Build the inputs as Dual numbers (x seeded with tangent 1, y with 0), compute all of f = x²y + sin x with them, and return the Tangent.",
        // The exercise asks for the method: one forward pass with dual numbers.
        Method = learner => CodeInspector.FirstCallInto(learner, typeof(Dual), typeof(Forward)) is not null ? null
            : ("Right value, but the exercise asks you to get it from one forward pass with Dual numbers, not from a formula" +
               (CodeInspector.FirstCallInto(learner, typeof(Reverse)) is { } reverse ? $" or {reverse}." : "."),
               "Build the inputs as Dual numbers (x with tangent 1, y with tangent 0), compute f with them, and return the Tangent of the result."),
        Passed = "One forward pass seeded with (1, 0) gives ∂f/∂x and agrees with reverse mode. The full gradient needs one forward pass per input.",
    };
}
