using System.Globalization;

namespace AutoDiff;

/// <summary>
/// A gradient check in the spirit of PyTorch's <c>gradcheck</c>: the gradient from reverse mode
/// against central differences (f(x + eps·eᵢ) − f(x − eps·eᵢ)) / 2eps, input by input. When they
/// disagree, or a NaN/±∞ appears, the report names the graph node responsible.
/// </summary>
public static class GradCheck
{
    /// <summary>
    /// Checks ∇f at x. Input i passes when |analytic − numeric| ≤ <paramref name="atol"/> +
    /// <paramref name="rtol"/>·|numeric|. Never mutates <paramref name="x"/>; NaN and ±∞ inputs give a
    /// failing report, not an exception.
    /// </summary>
    /// <param name="f">The function, written on <see cref="Value"/>s.</param>
    /// <param name="x">The point.</param>
    /// <param name="eps">The central-difference step (absolute, as in PyTorch).</param>
    /// <param name="atol">Absolute tolerance.</param>
    /// <param name="rtol">Tolerance relative to the numeric derivative.</param>
    public static GradCheckReport Check(Func<Value[], Value> f, double[] x, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        Guard.Positive(eps, nameof(eps));
        NonNegative(atol, nameof(atol));
        NonNegative(rtol, nameof(rtol));
        var point = (double[])x.Clone();

        var tape = Tape.ForInputs(point.Length);
        var inputs = tape.Variables(point);
        var y = f(inputs);
        if (y.IsTraced) tape.Backward(y);

        var entries = new GradCheckEntry[point.Length];
        for (int i = 0; i < point.Length; i++)
        {
            double numeric = CentralDifference(f, point, i, eps);
            string label = tape.LabelOf(inputs[i].Index) ?? "x" + i.ToString(CultureInfo.InvariantCulture);
            entries[i] = Compare(i, label, inputs[i].Adjoint, numeric, atol, rtol, double.IsFinite(point[i]));
        }

        bool passed = Array.TrueForAll(entries, e => e.Pass);
        var graph = y.IsTraced ? tape.ToGraph(y) : null;
        var culprit = graph is null ? null : NodeDoctor.Diagnose(tape, graph, passed, new Tolerance(eps, atol, rtol));
        return new GradCheckReport(entries, passed, culprit, Summarize(entries, point, culprit, atol, rtol), graph);
    }

    // A derivative is checked at a finite point only: at ±∞ or NaN the input fails whatever the numbers say.
    private static GradCheckEntry Compare(int input, string label, double analytic, double numeric, double atol, double rtol, bool finitePoint)
    {
        double error = Math.Abs(analytic - numeric);
        double relative = numeric != 0 ? error / Math.Abs(numeric) : error == 0 ? 0 : double.PositiveInfinity;
        bool pass = finitePoint && double.IsFinite(analytic) && double.IsFinite(numeric) && error <= atol + rtol * Math.Abs(numeric);
        return new GradCheckEntry(input, label, analytic, numeric, error, relative, pass);
    }

    // f is re-traced on a fresh tape at each perturbed point: the same code path the learner wrote,
    // evaluated for its value only.
    private static double CentralDifference(Func<Value[], Value> f, double[] point, int i, double eps)
    {
        var moved = (double[])point.Clone();
        moved[i] = point[i] + eps;
        double up = Evaluate(f, moved);
        moved[i] = point[i] - eps;
        double down = Evaluate(f, moved);
        return (up - down) / (2 * eps);
    }

    private static double Evaluate(Func<Value[], Value> f, double[] x)
    {
        var tape = Tape.ForInputs(x.Length);
        return f(tape.Variables(x)).Primal;
    }

    private static string Summarize(GradCheckEntry[] entries, double[] point, NodeDiagnosis? culprit, double atol, double rtol)
    {
        var c = CultureInfo.InvariantCulture;
        bool passed = Array.TrueForAll(entries, e => e.Pass);
        int notFinite = Array.FindIndex(point, v => !double.IsFinite(v));
        string verdict;
        if (notFinite >= 0)
        {
            return string.Format(c, "Gradient check failed: input {0} is {1}. A derivative is checked at finite points only; choose a finite x.",
                entries[notFinite].Label, NodeDoctor.Number(point[notFinite]));
        }
        if (passed)
        {
            double worst = entries.Max(e => e.AbsoluteError);
            verdict = string.Format(c, "Gradient check passed: {0} input(s), largest error {1:G3} (atol {2:G3}, rtol {3:G3}).",
                entries.Length, worst, atol, rtol);
        }
        else
        {
            var first = Array.Find(entries, e => !e.Pass);
            verdict = string.Format(c, "Gradient check failed on {0} of {1} input(s): first {2}, analytic {3} vs numeric {4}.",
                entries.Count(e => !e.Pass), entries.Length, first.Label, MessageNumber.Text(first.Analytic), MessageNumber.Text(first.Numeric));
        }
        if (culprit is not null)
            return verdict + string.Format(c, " Node {0} '{1}': {2}.", culprit.NodeId, culprit.Name, culprit.Problem);
        return passed ? verdict : verdict +
            " Every node agrees with its own rule: look for a kink (|x|, relu, max, min) within eps of x, or an f that changes between calls.";
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0.");
    }
}

/// <summary>The step and tolerances of a gradient check, passed on to the node-by-node check.</summary>
internal readonly record struct Tolerance(double Eps, double Atol, double Rtol)
{
    public bool Agree(double analytic, double numeric) =>
        Math.Abs(analytic - numeric) <= Atol + Rtol * Math.Abs(numeric);
}
