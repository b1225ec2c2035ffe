namespace AutoDiff;

/// <summary>The gradient check's two questions for a fused node (<see cref="INaryPrimitive"/>),
/// asked of every operand aₖ: is the value or a partial non-finite, and does ∂r/∂aₖ from the rule
/// agree with a central difference along aₖ?</summary>
internal static class FusedChecks
{
    /// <summary>Why the fused node's value or a partial is NaN or ±∞, or null.</summary>
    public static string? NonFinite(Tape tape, int id)
    {
        var e = tape[id];
        var primitive = Primitives.Of(e.Op);
        var a = tape.FusedPrimals(id);
        var partials = tape.FusedPartials(id);
        int bad = Array.FindIndex(partials, p => !double.IsFinite(p));
        if (double.IsFinite(e.Primal) && bad < 0) return null;
        string at = Operands(primitive, a);
        if (!double.IsFinite(e.Primal))
        {
            bool finiteOperands = a.All(double.IsFinite);
            return finiteOperands && double.IsInfinity(e.Primal)
                ? $"overflow: {primitive.Formula} at {at} gives {NodeDoctor.Number(e.Primal)}"
                : $"{primitive.Formula} gives {NodeDoctor.Number(e.Primal)} at {at}";
        }
        return $"{primitive.Formula}: local derivative ∂/∂{primitive.OperandName(bad, a.Length)} is {NodeDoctor.Number(partials[bad])} at {at}";
    }

    /// <summary>The first operand whose partial disagrees with a central difference of the
    /// primitive along it, in words, or null.</summary>
    public static string? Disagreement(Tape tape, int id, Tolerance tolerance)
    {
        var e = tape[id];
        var primitive = Primitives.Of(e.Op);
        double[] a = tape.FusedPrimals(id);
        var partials = tape.FusedPartials(id);
        for (int k = 0; k < a.Length; k++)
        {
            double at = a[k];
            double h = tolerance.Eps * Math.Max(1, Math.Abs(at));
            double numeric = Stencils.Central(t => Along(primitive, a, k, t), at, h);
            if (double.IsFinite(numeric) && !tolerance.Agree(partials[k], numeric))
                return $"the rule for {primitive.Formula} gives ∂/∂{primitive.OperandName(k, a.Length)} = " +
                       $"{NodeDoctor.Derivative(partials[k])} but numeric {NodeDoctor.Derivative(numeric)}";
        }
        return null;
    }

    // The primitive with operand k moved to t and every other operand held.
    private static double Along(Primitive primitive, double[] a, int k, double t)
    {
        var moved = (double[])a.Clone();
        moved[k] = t;
        return primitive.Primal(moved);
    }

    // "w₀ = 0.5, x₀ = 1, b = 0", at most six operands and a count of the rest.
    private static string Operands(Primitive primitive, ReadOnlySpan<double> a)
    {
        var shown = new List<string>();
        for (int k = 0; k < Math.Min(a.Length, 6); k++) shown.Add($"{primitive.OperandName(k, a.Length)} = {NodeDoctor.Number(a[k])}");
        if (a.Length > 6) shown.Add($"… {a.Length - 6} more");
        return string.Join(", ", shown);
    }
}
