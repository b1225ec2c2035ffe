namespace AutoDiff;

/// <summary>
/// Finds the graph node behind a failed gradient check, in tape (evaluation) order so the first
/// node found is where the trouble started: first a node whose value or local derivative is NaN/±∞,
/// else a node whose stored local derivative disagrees with a central difference of its own
/// function (a wrong custom derivative, or a wrong rule).
/// </summary>
internal static class NodeDoctor
{
    public static NodeDiagnosis? Diagnose(Tape tape, ComputationGraph graph, bool passed, Tolerance tolerance)
    {
        foreach (var node in graph.Nodes)
        {
            if (NonFinite.Describe(tape, node.Id) is { } problem)
                return new NodeDiagnosis(node.Id, node.DisplayName, node.Op, problem);
        }
        if (passed) return null;
        foreach (var node in graph.Nodes)
        {
            if (Disagreement(tape, node.Id, tolerance) is { } problem)
                return new NodeDiagnosis(node.Id, node.DisplayName, node.Op, problem);
        }
        return null;
    }

    private static string? Disagreement(Tape tape, int id, Tolerance tolerance)
    {
        var e = tape[id];
        if (e.IsFused) return FusedChecks.Disagreement(tape, id, tolerance);
        if (e.A < 0) return null; // leaves have no local derivative
        double a = tape[e.A].Primal, b = e.B >= 0 ? tape[e.B].Primal : 0;
        var primitive = Primitives.Of(e.Op);
        if (primitive.NearKink(a, b, tolerance.Eps)) return null;
        var custom = e.Op == Op.Custom ? tape.CustomOf(id) : null;
        Func<double, double> alongA = custom is not null ? custom.Function : t => primitive.Primal(t, b);
        if (Check(alongA, a, e.PartialA, tolerance) is { } numericA)
        {
            return custom is not null
                ? $"custom primitive '{custom.Name}': derivative {Derivative(e.PartialA)} but numeric {Derivative(numericA)}"
                : $"the rule for {primitive.Symbol} gives ∂/∂a = {Derivative(e.PartialA)} but numeric {Derivative(numericA)}";
        }
        // A parameter (a constant exponent) is not an operand we differentiate by.
        if (e.B < 0 || primitive.OperandBIsParameter) return null;
        if (Check(t => primitive.Primal(a, t), b, e.PartialB, tolerance) is { } numericB)
            return $"the rule for {primitive.Symbol} gives ∂/∂b = {Derivative(e.PartialB)} but numeric {Derivative(numericB)}";
        return null;
    }

    // The numeric derivative when it is trustworthy and disagrees with the stored one, else null.
    private static double? Check(Func<double, double> primal, double at, double stored, Tolerance tolerance)
    {
        double h = tolerance.Eps * Math.Max(1, Math.Abs(at));
        double numeric = Stencils.Central(primal, at, h);
        if (!double.IsFinite(numeric)) return null; // the step left the domain: cannot judge here
        return tolerance.Agree(stored, numeric) ? null : numeric;
    }

    /// <summary>A derivative for a message, six significant digits; whole numbers keep one decimal
    /// ("2.0", also for 3.0000000001) so they read as derivatives, not counts.</summary>
    internal static string Derivative(double v)
    {
        string text = Number(v);
        return double.IsFinite(v) && text.All(c => c is '-' || char.IsAsciiDigit(c)) ? text + ".0" : text;
    }

    /// <summary>A value for a message: "NaN", "+∞", "−∞" or six significant digits.</summary>
    internal static string Number(double v) => MessageNumber.Text(v);
}
