using System.Text;

namespace AutoDiff.Sketch;

/// <summary>A local derivative from the table of rules (<see cref="Primitives.Of"/>) written with
/// the operands' names in place of a and b: "cos a" on sin x is "cos x", "b" on sq · y is "y".</summary>
internal static class EdgeFormulaText
{
    /// <summary>The local derivative on the traced edge <paramref name="parent"/> → <paramref name="e"/>,
    /// summed when the parent is both operands (x·x); a parameter b (a constant exponent) is no
    /// operand, and its value goes into the formula.</summary>
    public static string Of(TapeEntry e, int parent, Func<int, string> name, Func<int, double> primal)
    {
        bool parameterB = Primitives.Of(e.Op).OperandBIsParameter;
        return Of(e.Op, e.A == parent, e.B == parent && !parameterB, name(e.A), name(e.B), parameterB ? primal(e.B) : 0);
    }

    private static string Of(Op op, bool operandA, bool operandB, string a, string b, double exponent)
    {
        var parts = new List<string>();
        if (operandA) parts.Add(Partial(op, true, a, b, exponent));
        if (operandB) parts.Add(Partial(op, false, a, b, exponent));
        return string.Join(" + ", parts);
    }

    private static string Partial(Op op, bool first, string a, string b, double p)
    {
        string wa = Wrap(a), wb = Wrap(b);
        return (op, first) switch
        {
            (Op.PowConst, _) => p == 2 ? (a.Length == 1 ? "2" + a : "2·" + wa) : $"{MessageNumber.Text(p)}·{wa}^{MessageNumber.Text(p - 1)}",
            (Op.Pow, true) => $"{wb}·{wa}^({b} − 1)",
            (Op.Pow, false) => $"{wa}^{wb}·ln {wa}",
            (Op.Exp, _) => $"e^{wa}",
            _ => Substitute((first ? Primitives.Of(op).PartialA : Primitives.Of(op).PartialB) ?? "0", wa, wb),
        };
    }

    // Replaces the operand letters a and b where they stand alone (not inside "tan" or "abs").
    private static string Substitute(string formula, string a, string b)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < formula.Length; i++)
        {
            char c = formula[i];
            bool alone = (i == 0 || !char.IsLetter(formula[i - 1])) && (i == formula.Length - 1 || !char.IsLetter(formula[i + 1]));
            sb.Append(alone && c == 'a' ? a : alone && c == 'b' ? b : c.ToString());
        }
        return sb.ToString();
    }

    private static string Wrap(string name) => name.All(ch => char.IsLetterOrDigit(ch) || ch is '²' or '³' or '_' or '.') ? name : $"({name})";

}
