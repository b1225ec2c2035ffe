namespace AutoDiff.Sketch;

/// <summary>The local derivative on a traced edge in words, as the narration writes it
/// (<see cref="RuleText.Partial"/>): "cos a" on sin x is "cos x", "b" on sq · y is "y".</summary>
internal static class EdgeFormulaText
{
    /// <summary>The local derivative on the traced edge <paramref name="parent"/> → <paramref name="e"/>,
    /// summed when the parent is both operands (x·x); a parameter b (a constant exponent) is no
    /// operand, and its value goes into the formula.</summary>
    public static string Of(TapeEntry e, int parent, Func<int, string> name, Func<int, double> primal)
    {
        bool parameterB = Primitives.Of(e.Op).OperandBIsParameter;
        string a = name(e.A), b = e.B >= 0 ? name(e.B) : "";
        double p = parameterB ? primal(e.B) : double.NaN;
        var parts = new List<string>();
        if (e.A == parent) parts.Add(RuleText.Partial(e.Op, 0, a, b, p) ?? "0");
        if (e.B == parent && !parameterB) parts.Add(RuleText.Partial(e.Op, 1, a, b, p) ?? "0");
        return string.Join(" + ", parts);
    }
}
