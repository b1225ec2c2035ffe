namespace AutoDiff.Interactive;

/// <summary>A typical wrong answer: what it would return at a point, and the hint that names it.</summary>
/// <param name="Hint">The hint, in the exercise's notation, naming the one wrong factor or term.</param>
/// <param name="Value">What the mistaken formula returns at a point.</param>
/// <param name="Tolerance">Relative tolerance for "returns the same".</param>
internal sealed record Mistake<TPoint>(string Hint, Func<TPoint, double> Value, double Tolerance = 1e-9);

/// <summary>The learner's answer at one check point next to the right one.</summary>
internal readonly record struct Answer<TPoint>(TPoint Point, double Got, double Expected);

/// <summary>
/// Names a mistake only when it explains the answer at every check point: the points are chosen so
/// that the typical mistakes differ from the right answer and from each other there, so an answer
/// that matches one mistake everywhere is that mistake, and anything else gets the general hint.
/// </summary>
internal static class Diagnosis
{
    /// <summary>The hint of the first mistake that matches every answer, or null.</summary>
    internal static string? Match<TPoint>(IReadOnlyList<Answer<TPoint>> answers, IEnumerable<Mistake<TPoint>> mistakes) =>
        mistakes.FirstOrDefault(m => answers.All(a => Attempt.Close(a.Got, m.Value(a.Point), m.Tolerance)))?.Hint;

    /// <summary>Mistakes any numeric answer can make: a flipped sign, an approximation instead of the
    /// exact value, and 0 everywhere (most often C#'s integer division). <paramref name="what"/>
    /// names the quantity asked for.</summary>
    internal static IEnumerable<Mistake<TPoint>> Common<TPoint>(Func<TPoint, double> expected, string what) =>
    [
        new($"Sign error: you returned −({what}). Check each factor's sign.", p => -expected(p)),
        new($"Close, but not exact: that looks like an approximation such as a finite difference, or arithmetic in float (about 7 digits). The check wants the exact {what}, from derivative rules, in double.",
            expected, Tolerance: 1e-4),
        new("Your answer is 0 at every point. In C#, 1 / 2 is integer division and gives 0: write 1.0 / 2 or 0.5. Otherwise check that you return the value you computed.",
            _ => 0),
    ];

    /// <summary>A wrong result for the first non-finite answer (which value and where), or null.</summary>
    internal static CheckResult? NotFinite<TPoint>(string exerciseId, IReadOnlyList<Answer<TPoint>> answers, Func<TPoint, string> where, string what)
    {
        foreach (var a in answers)
        {
            if (double.IsFinite(a.Got)) continue;
            return CheckResult.Fail(exerciseId, $"At {where(a.Point)} your {what} is {MessageNumber.Text(a.Got)}: a value that is not finite is never correct.",
                Feedback.NotFinite(a.Got, what));
        }
        return null;
    }

    /// <summary>True when every answer equals the expected value to <paramref name="tolerance"/>.</summary>
    internal static bool AllRight<TPoint>(IReadOnlyList<Answer<TPoint>> answers, double tolerance) =>
        answers.All(a => double.IsFinite(a.Got) && Attempt.Close(a.Got, a.Expected, tolerance));
}
