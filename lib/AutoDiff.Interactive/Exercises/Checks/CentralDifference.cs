using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Exercise 1.2.40.3: <paramref name="centralDifference"/>(f, x, h) must return the central
    /// difference (f(x + h) − f(x − h)) / (2h), whose error shrinks like h².
    /// </summary>
    public static CheckResult CentralDifference(Func<Func<double, double>, double, double, double>? centralDifference) =>
        Attempt.Grade(ExerciseCatalogue.CentralDifference.Id, centralDifference, d => CentralDifferenceExercise.Grade(c => d(c.F, c.X, c.H), d));

    /// <summary>One case of the central-difference check: f, its exact derivative (only to recognise
    /// an answer that ignores the given h), the point and the step.</summary>
    private sealed record DifferenceCase(string Name, Func<double, double> F, Func<double, double> Exact, double X, double H)
    {
        public double Central => (F(X + H) - F(X - H)) / (2 * H);
    }

    private static readonly NumericExercise<DifferenceCase> CentralDifferenceExercise = new()
    {
        Id = ExerciseCatalogue.CentralDifference.Id,
        // Three functions, points and steps: no mistake below gives the central difference's number
        // in all three, and no two mistakes give the same numbers.
        Points =
        [
            new("sin", Math.Sin, Math.Cos, 1.0, 1e-3),
            new("x³", t => t * t * t, t => 3 * t * t, 2.0, 0.1),
            new("eˣ", Math.Exp, Math.Exp, -0.5, 0.25),
        ],
        Expected = c => c.Central,
        Tolerance = 1e-10,
        Where = c => $"f = {c.Name}, x = {MessageNumber.Text(c.X)}, h = {MessageNumber.Text(c.H)}",
        What = "central difference",
        Wrong = (at, a) => $"For {at}: {Feedback.ExpectedGot(a.Expected, a.Got)}.",
        Mistakes =
        [
            new("That is the forward difference (f(x + h) − f(x)) / h: step to both sides, x − h and x + h.", c => (c.F(c.X + c.H) - c.F(c.X)) / c.H, 1e-10),
            new("That is the backward difference (f(x) − f(x − h)) / h: step to both sides, x − h and x + h.", c => (c.F(c.X) - c.F(c.X - c.H)) / c.H, 1e-10),
            new("Twice the expected value: the two points are 2h apart, so divide by 2h.", c => (c.F(c.X + c.H) - c.F(c.X - c.H)) / c.H, 1e-10),
            new("Operator precedence: / 2 * h divides by 2 and then multiplies by h; write / (2 * h).", c => (c.F(c.X + c.H) - c.F(c.X - c.H)) / 2 * c.H, 1e-10),
            new("Sign error: subtract f(x − h) from f(x + h), not the other way round.", c => (c.F(c.X - c.H) - c.F(c.X + c.H)) / (2 * c.H), 1e-10),
            new("That is f(x) itself: return the difference quotient.", c => c.F(c.X), 1e-10),
            new("You subtracted but did not divide: divide the difference by the distance between the two points.", c => c.F(c.X + c.H) - c.F(c.X - c.H), 1e-10),
            new("Your value is close to the true f′ but not to the central difference with the h that is passed in: use that h, not a fixed step of your own.", c => c.Exact(c.X), 1e-6),
            new("Close to the central difference, but only to a few digits: that is what float arithmetic keeps (about 7, fewer once f(x + h) − f(x − h) cancels). Compute in double throughout.", c => c.Central, 1e-4),
            new("Your answer is 0 for every f. In C#, 1 / 2 is integer division and gives 0: write 1.0 / 2, 0.5 or / (2 * h). " +
                "A step too small gives 0 too: with a step like 1e-20, x + h == x in double, so f(x + h) − f(x − h) is 0; use the h that is passed in.", _ => 0, 1e-10),
        ],
        Fallback = "Evaluate f at x + h and at x − h, subtract, and divide by the distance between the two points.",
        Passed = "Central difference matches (f(x + h) − f(x − h)) / 2h. Its error is O(h²) from truncation plus O(ε/h) from round-off; " +
                 "autodiff has neither (see the chart below).",
    };
}
