using System.Globalization;
using System.Text;

namespace AutoDiff;

/// <summary>
/// Short infix names for graph nodes, built from their operands: x, y → x², x²y, sin x.
/// A labelled node uses its label; a name that would grow long falls back to v and the node id
/// (v7), so names stay readable in a drawing. Brackets follow <see cref="RuleText"/>, as every
/// other text of a formula does.
/// </summary>
internal static class Expression
{
    private const int MaxLength = 18;

    // aIsName: operand a is named by itself (a leaf or a labelled node), not by an expression.
    // "xy" may be the label xy or the product x·y, and only the label may be a power's bare base.
    // The form comes from the primitive's notation in the table: a new function-like primitive
    // needs nothing here.
    public static string Name(Op op, Form form, string symbol, string a, string b, double primal, int id, bool aIsName)
    {
        string text = form switch
        {
            Form.Leaf => op == Op.Input ? "x" + id.ToString(CultureInfo.InvariantCulture) : primal.ToString("G4", CultureInfo.InvariantCulture),
            Form.Sum => $"{a} + {b}",
            Form.Difference => $"{a} − {RuleText.Operand(b)}",
            Form.Product => RuleText.IsAtom(a) && RuleText.IsAtom(b) && !IsNumber(b) && !IsNumber(a) ? a + b : $"{RuleText.Operand(a)}·{RuleText.Operand(b)}",
            Form.Quotient => $"{RuleText.Operand(a)}/{RuleText.Operand(b)}",
            Form.Negation => "−" + RuleText.Operand(a),
            Form.ConstantPower => Base(a, aIsName) + Superscript(b),
            Form.Power => $"{Base(a, aIsName)}^{RuleText.Operand(b)}",
            Form.Bars => $"|{a}|",
            _ when b.Length > 0 => $"{symbol}({a}, {b})",
            // sin x² is sin(x²) by convention, but sin (x + y)² would be easy to misread.
            _ => RuleText.IsAtom(a) && !ExpressionText.IsGroup(a) ? $"{symbol} {a}" : $"{symbol}({a})",
        };
        // Too long to read in a box: name it as an intermediate variable vᵢ of the Wengert list.
        return text.Length <= MaxLength ? text : "v" + id.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    // A power's base keeps no brackets only when it is one name: x², but (xy)², (x²)³, (sin x)².
    // "xy" may be a label or the product x·y, and only a label may stand bare (see Name).
    private static string Base(string a, bool isName) => isName ? RuleText.Base(a) : $"({a})";

    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static string Superscript(string exponent)
    {
        var sb = new StringBuilder();
        foreach (char c in exponent)
        {
            if (c is >= '0' and <= '9') sb.Append(SuperscriptDigits[c - '0']);
            else if (c == '-') sb.Append('⁻');
            else return "^" + exponent; // 0.5, 1e-3: keep the caret form
        }
        return sb.ToString();
    }
}
