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
        string shortForm = MessageNumber.Text(x);
        return shortForm == MessageNumber.Text(other) && !x.Equals(other)
            ? x.ToString("G17", CultureInfo.InvariantCulture)
            : shortForm;
    }

    /// <summary>Items as a sentence lists them: "A", "A and B", "A, B and C" (or "or" for
    /// <paramref name="conjunction"/>).</summary>
    internal static string List(IReadOnlyList<string> items, string conjunction) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}";

    /// <summary>"expected E, got G" with both numbers formatted by <see cref="N(double, double)"/>.</summary>
    internal static string ExpectedGot(double expected, double got) =>
        $"expected {N(expected, got)}, got {N(got, expected)}";

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

    /// <summary>
    /// The message and hint when a constant in the learner's graph follows an input (the learner
    /// wrote <c>y.Primal</c>, which turns the variable into a plain number that no gradient reaches),
    /// or null. Told from a literal by tracing again with that input moved: a literal stays put,
    /// a hidden variable moves with it.
    /// </summary>
    /// <param name="trace">Traces the learner's function at a point and returns its graph.</param>
    /// <param name="point">The check point.</param>
    /// <param name="names">The inputs' names.</param>
    internal static (string Message, string Hint)? HiddenVariable(Func<double[], ComputationGraph> trace, double[] point, params string[] names)
    {
        const double shift = 0.0625; // exact in binary, so the moved value is exact too
        var graph = trace(point);
        for (int i = 0; i < point.Length; i++)
        {
            if (!HasConstant(graph, point[i])) continue;
            double[] moved = (double[])point.Clone();
            moved[i] += shift;
            if (!HasConstant(trace(moved), moved[i])) continue;
            return ($"Your graph holds a constant {MessageNumber.Text(point[i])} that changes with {names[i]}: {names[i]} entered as a plain number, so no gradient reaches it through that use.",
                $"`.Primal` (or any double) turns a variable into a constant: use the Value {names[i]} itself in the expression.");
        }
        return null;
    }

    private static bool HasConstant(ComputationGraph graph, double value) =>
        graph.Nodes.Any(n => n.Kind == NodeKind.Constant && n.Primal.Equals(value));
}
