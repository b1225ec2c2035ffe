using System.Globalization;
using System.Text;

namespace AutoDiff;

/// <summary>
/// Short infix names for graph nodes, built from their operands: x, y → x², x²y, sin x.
/// A labelled node uses its label; a name that would grow long falls back to v and the node id
/// (v7), so names stay readable in a drawing.
/// </summary>
internal static class Expression
{
    private const int MaxLength = 18;

    public static string Name(Op op, string symbol, string a, string b, double primal, int id)
    {
        string text = op switch
        {
            Op.Input => "x" + id.ToString(CultureInfo.InvariantCulture),
            Op.Constant => primal.ToString("G4", CultureInfo.InvariantCulture),
            Op.Add => $"{a} + {b}",
            Op.Sub => $"{a} − {Wrap(b)}",
            Op.Mul => IsAtom(a) && IsAtom(b) && !IsNumber(b) && !IsNumber(a) ? a + b : $"{Wrap(a)}·{Wrap(b)}",
            Op.Div => $"{Wrap(a)}/{Wrap(b)}",
            Op.Neg => "−" + Wrap(a),
            Op.PowConst => Wrap(a) + Superscript(b),
            Op.Pow => $"{Wrap(a)}^{Wrap(b)}",
            Op.Abs => $"|{a}|",
            Op.Max or Op.Min => $"{symbol}({a}, {b})",
            _ => IsAtom(a) ? $"{symbol} {a}" : $"{symbol}({a})",
        };
        // Too long to read in a box: name it as an intermediate variable vᵢ of the Wengert list.
        return text.Length <= MaxLength ? text : "v" + id.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsAtom(string s) => !s.Contains(' ', StringComparison.Ordinal) && !s.Contains('·', StringComparison.Ordinal)
        && !s.Contains('/', StringComparison.Ordinal) && !s.StartsWith('−');

    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Wrap(string s) => IsAtom(s) ? s : $"({s})";

    private static string Superscript(string exponent)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var sb = new StringBuilder();
        foreach (char c in exponent)
        {
            if (c is >= '0' and <= '9') sb.Append(digits[c - '0']);
            else if (c == '-') sb.Append('⁻');
            else return "^" + exponent; // 0.5, 1e-3: keep the caret form
        }
        return sb.ToString();
    }
}
