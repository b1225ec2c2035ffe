using System.Globalization;

namespace AutoDiff.Interactive;

/// <summary>
/// Find the input where a program has a kink: the slopes from the left and from the right differ,
/// so there is no derivative and autodiff's answer is the rule's choice (relu′(0) = 0, sign(0) = 0).
/// The check measures both one-sided slopes with the library at the learner's x, so any kink
/// passes (an x a rounding error beside one too, told that f is smooth at x itself) and a smooth
/// point is told its two slopes agree, and whether a kink is just beside it.
/// </summary>
/// <param name="Id">The exercise id, e.g. "1.2.40.8.kink".</param>
/// <param name="Function">The program as the notebook shows it, e.g. "f(x) = relu(2x − 3) + x".</param>
/// <param name="F">The program on traced values.</param>
/// <param name="Mistakes">Inputs a learner may pick for a reason the feedback can name.</param>
/// <param name="Hints">Hints for a smooth point that matches no known mistake.</param>
public sealed record KinkSearch(string Id, string Function, Func<Value, Value> F, IReadOnlyList<(double X, string Explanation)> Mistakes, GraduatedHints Hints)
{
    // Each side's slope is the autodiff derivative this far from x: the programs here are
    // piecewise smooth, so it is exact on that side whenever no second kink is this close.
    private const double Offset = 1e-7;

    // How far from a kink a smooth point is told that one is near (relative to max(1, |x|)).
    private const double Near = 1e-3;

    /// <summary>Grades the learner's <paramref name="x"/>: a kink passes, and so does an x a rounding
    /// error beside one (told that f is smooth at x itself); a smooth point near a kink is told so.</summary>
    public CheckResult Grade(double x, int attempt)
    {
        if (!double.IsFinite(x))
            return CheckResult.Fail(Id, $"x = {MessageNumber.Text(x)} is not a point of the real line.", "Return a finite number.");
        double left = Reverse.Derivative(F, x - Offset), right = Reverse.Derivative(F, x + Offset), at = Reverse.Derivative(F, x);
        string slopes = $"the slope of {Function} is {MessageNumber.Text(left)} from the left and {MessageNumber.Text(right)} from the right";
        // Exactly at the kink the slope changes between x's neighbouring doubles; a rounding error
        // beside it, f is smooth at x itself.
        bool found = Differ(left, right);
        if (found && Kinked(Math.BitDecrement(x), Math.BitIncrement(x)))
            return CheckResult.Pass(Id, $"Found it: at x = {MessageNumber.Text(x)} {slopes}, so there is no derivative. " +
                $"Autodiff returned {MessageNumber.Text(at)}, {Side(at, left, right)}: the rule's choice, not a limit. Any value from {MessageNumber.Text(Math.Min(left, right))} to {MessageNumber.Text(Math.Max(left, right))} is a subgradient.");
        if (found)
            return CheckResult.Pass(Id, $"Found it, up to rounding: x = {x.ToString("R", CultureInfo.InvariantCulture)} is a rounding error from the kink, where {slopes}, so there is no derivative. " +
                $"Your x itself lies just to the {(Math.Abs(at - left) <= Math.Abs(at - right) ? "left" : "right")} of the kink, where f is smooth and autodiff's {MessageNumber.Text(at)} is its exact slope; exactly at the kink autodiff returns the rule's choice.");
        string report = $"At x = {MessageNumber.Text(x)} the slopes from the left and from the right agree ({MessageNumber.Text(left)}): {Function} is smooth there, and autodiff's {MessageNumber.Text(at)} is its exact derivative.";
        var mistake = Mistakes.FirstOrDefault(m => Math.Abs(m.X - x) <= 1e-9 * Math.Max(1, Math.Abs(x)));
        double near = Near * Math.Max(1, Math.Abs(x));
        return CheckResult.Fail(Id, report, mistake.Explanation
            ?? (Kinked(x - near, x + near) ? "There is a kink just beside your x, but not at it: solve for it exactly instead of estimating it." : Hints.For(attempt)));
    }

    // The slopes at a and b differ: a kink lies between them.
    private bool Kinked(double a, double b) => Differ(Reverse.Derivative(F, a), Reverse.Derivative(F, b));

    private static bool Differ(double left, double right) =>
        Math.Abs(left - right) > 1e-6 * Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));

    private static string Side(double at, double left, double right) =>
        at == left ? "the slope from the left" : at == right ? "the slope from the right" : "neither side's slope";

}
