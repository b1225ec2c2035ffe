using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    // At these points 2xy, x²y, x², 2x, cos x, sin x and xy all differ, so each typical mistake
    // returns its own number (at (2, 3) 2xy = x²y = 12 and 2x = x² = 4 would coincide).
    private static readonly (double X, double Y)[] ForwardPoints = [(1.5, 2.5), (-0.8, 1.7), (2.3, -0.6)];

    private static CheckResult GradeForwardPartialX(Func<double, double, double> forwardPartialX)
    {
        string id = ExerciseCatalogue.ForwardPartialX.Id;
        var answers = ForwardPoints.Select(p => new Answer<(double X, double Y)>(p, forwardPartialX(p.X, p.Y), TracedPartials(p.X, p.Y).X)).ToList();
        string At((double X, double Y) p) => $"(x, y) = ({Attempt.N(p.X)}, {Attempt.N(p.Y)})";
        if (Diagnosis.NotFinite(id, answers, At, "∂f/∂x") is { } notFinite) return notFinite;
        if (Diagnosis.AllRight(answers, ExactTolerance))
        {
            bool dual = CodeInspector.FirstCallInto(forwardPartialX, typeof(Dual), typeof(Forward)) is not null;
            return dual
                ? CheckResult.Pass(id, "One forward pass seeded with (1, 0) gives ∂f/∂x and agrees with reverse mode. The full gradient needs one forward pass per input.")
                : CheckResult.Fail(id, "Right value, but the exercise asks you to get it from one forward pass with Dual numbers, not from a formula" +
                    (CodeInspector.FirstCallInto(forwardPartialX, typeof(Reverse)) is { } reverse ? $" or {reverse}." : "."),
                    "Build the inputs as Dual numbers (x with tangent 1, y with tangent 0), compute f with them, and return the Tangent of the result.");
        }
        var wrong = answers.First(a => !Attempt.Close(a.Got, a.Expected, ExactTolerance));
        string hint = Diagnosis.Match(answers, ForwardMistakes())
            ?? "Build the inputs as Dual numbers (x seeded with tangent 1, y with 0), compute all of f = x²y + sin x with them, and return the Tangent.";
        return CheckResult.Fail(id, $"At {At(wrong.Point)}: ∂f/∂x is {Feedback.N(wrong.Expected, wrong.Got)}, you returned {Feedback.N(wrong.Got, wrong.Expected)}.", hint);
    }

    private static IEnumerable<Mistake<(double X, double Y)>> ForwardMistakes() =>
    [
        new("That is ∂f/∂y: seed x with tangent 1 and y with tangent 0.", p => p.X * p.X),
        new("You seeded both inputs with tangent 1: that is the derivative along the direction (1, 1). Seed only x.", p => 2 * p.X * p.Y + Math.Cos(p.X) + p.X * p.X),
        new("That is f itself (the primal): return the Tangent of the result.", p => p.X * p.X * p.Y + Math.Sin(p.X)),
        new("The term from sin x is missing: f = x²y + sin x, and sin x changes with x too. Compute all of f with Dual numbers.", p => 2 * p.X * p.Y),
        new("The term from x²y is missing: compute all of f = x²y + sin x with Dual numbers.", p => Math.Cos(p.X)),
        new("The term from x²y is wrong: the tangent of x·x is x·1 + 1·x, so the factor 2 is missing.", p => p.X * p.Y + Math.Cos(p.X)),
        new("The term from x²y is wrong: it is the primal x²y, not its tangent.", p => p.X * p.X * p.Y + Math.Cos(p.X)),
        new("The term from sin x is wrong: the tangent of sin x is cos x times x's tangent, not sin x.", p => 2 * p.X * p.Y + Math.Sin(p.X)),
        new("The term from sin x has the wrong sign: d(sin x)/dx = +cos x.", p => 2 * p.X * p.Y - Math.Cos(p.X)),
        .. Diagnosis.Common<(double X, double Y)>(p => TracedPartials(p.X, p.Y).X, "∂f/∂x"),
    ];

    // The independent truth: reverse mode on f(x, y) = x²y + sin x.
    private static (double X, double Y) TracedPartials(double x, double y)
    {
        var tape = new Tape();
        var vx = tape.Variable(x, "x");
        var vy = tape.Variable(y, "y");
        (Value.Pow(vx, 2) * vy + Value.Sin(vx)).Backward();
        return (vx.Adjoint, vy.Adjoint);
    }
}
