using System.Globalization;

namespace AutoDiff.Interactive;

/// <summary>
/// Wording shared by the checks: numbers shown so that "expected" and "got" never print alike,
/// and the hints for mistakes every exercise can meet (NaN, infinity, a flipped sign, a value that
/// is close but not exact).
/// </summary>
internal static class Feedback
{
    /// <summary>Formats <paramref name="x"/> with 6 significant digits, or with all 17 when
    /// <paramref name="other"/> would print the same at 6 digits (so two different numbers
    /// in one message never look equal).</summary>
    internal static string N(double x, double other)
    {
        string shortForm = Attempt.N(x);
        return shortForm == Attempt.N(other) && !x.Equals(other)
            ? x.ToString("G17", CultureInfo.InvariantCulture)
            : shortForm;
    }

    /// <summary>"expected E, got G" with both numbers formatted by <see cref="N(double, double)"/>.</summary>
    internal static string ExpectedGot(double expected, double got) =>
        $"expected {N(expected, got)}, got {N(got, expected)}";

    /// <summary>A hint for a mistake any numeric answer can make, or null when none applies.
    /// <paramref name="what"/> names the exact quantity asked for, e.g. "h′(x)".</summary>
    internal static string? Common(double got, double expected, string what)
    {
        if (NotFinite(got, what) is { } notFinite) return notFinite;
        if (expected != 0 && Attempt.Close(got, -expected))
            return $"Sign error: you returned −({what}). Check each factor's sign (d/dx cos x = −sin x, d/dx (a − b) = −1 for b).";
        if (Attempt.Close(got, expected, 1e-4))
            return $"Close, but not exact (relative difference {RelativeDifference(got, expected)}): that looks like an approximation such as a finite difference. The check wants the exact {what}, from derivative rules.";
        return null;
    }

    /// <summary>A hint for a NaN or infinite answer, or null for a finite one.</summary>
    internal static string? NotFinite(double got, string what)
    {
        if (double.IsNaN(got))
            return $"Your code returned NaN (not a number): something like 0/0, ∞ − ∞ or the log or square root of a negative number. Print the intermediate values to see where it starts, and return {what}.";
        if (double.IsInfinity(got))
            return $"Your code returned {(got > 0 ? "+∞" : "−∞")}: a division by zero or an overflow (e.g. exp of a large number). Return {what}.";
        return null;
    }

    /// <summary>A wrong result when the learner's function already ran a backward pass on the
    /// check's tape (some adjoint is set before the check's own pass), or null.</summary>
    internal static CheckResult? BackwardAlreadyRan(string exerciseId, Value output, params Value[] inputs)
    {
        if (output.Adjoint == 0 && inputs.All(v => v.Adjoint == 0)) return null;
        return CheckResult.Fail(exerciseId, "Your function calls Backward() itself, so the graph already holds adjoints before the check runs its backward pass.",
            "Only build and return the value: the check runs Backward() once, and a second pass would add to every adjoint (they accumulate, as in PyTorch).");
    }

    private static string RelativeDifference(double got, double expected) =>
        (Math.Abs(got - expected) / Math.Max(1, Math.Abs(expected))).ToString("E1", CultureInfo.InvariantCulture);
}
