using System.Text;

namespace AutoDiff.Visuals;

/// <summary>
/// A rule from the table of primitives (<see cref="Notation"/>, written with operands a and
/// b) with the operands' display names put in: "cos a" becomes "cos x", "1/b" becomes "1/(x + y)".
/// A superscript exponent cannot hold a name, so it is written out with a caret: eᵃ becomes
/// e^(sin x²) and b·aᵇ⁻¹ becomes y·x^(y − 1).
/// </summary>
internal static class RuleText
{
    // Superscripts[i] written on the line is Plain[i].
    private const string Superscripts = "ᵃᵇᵖ⁻⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Plain = "abp−0123456789";

    /// <summary><paramref name="formula"/> with every standalone a and b replaced by
    /// <paramref name="a"/> and <paramref name="b"/>, bracketed where the formula needs it.</summary>
    public static string Substitute(string formula, string a, string b)
    {
        if (formula == "a") return a;
        if (formula == "b") return b;
        var sb = new StringBuilder();
        for (int i = 0; i < formula.Length; i++)
        {
            int end = SuperscriptEnd(formula, i);
            if (end > i)
            {
                sb.Append(Exponent(formula[i..end], a, b));
                i = end - 1;
            }
            else if (IsOperand(formula, i) is { } name)
            {
                sb.Append(Bracket(formula, i, name == 'a' ? a : b));
            }
            else
            {
                sb.Append(formula[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>Brackets a name with a space or a product dot ("sin x", "x·y") where it stands for
    /// one quantity, as in ∂f/∂(sin x); "x" and "x²" stay as they are.</summary>
    public static string Operand(string name) => NeedsBrackets(name) ? $"({name})" : name;

    /// <summary>Brackets <paramref name="name"/> as the base of a power: "x" stays, "x²" and
    /// "sin x" get brackets, so (x²)³ cannot be misread as x²³.</summary>
    public static string Base(string name) => name.All(char.IsAsciiLetterOrDigit) ? name : $"({name})";

    // A run of superscripts naming an operand ("ᵃ", "ᵇ⁻¹") is written out as ^(…); a run of digits
    // only ("²" in b² or tan² a) reads fine as it is.
    private static string Exponent(string run, string a, string b)
    {
        if (!run.Any(c => c is 'ᵃ' or 'ᵇ' or 'ᵖ')) return run;
        string plain = string.Concat(run.Select(c => Plain[Superscripts.IndexOf(c, StringComparison.Ordinal)]));
        string text = Substitute(plain.Replace("−", " − ", StringComparison.Ordinal).Trim(), a, b);
        return "^" + (text.Contains(' ', StringComparison.Ordinal) ? $"({text})" : text);
    }

    private static int SuperscriptEnd(string formula, int start)
    {
        int end = start;
        while (end < formula.Length && Superscripts.Contains(formula[end], StringComparison.Ordinal)) end++;
        return end;
    }

    // An operand is the letter a or b standing alone, not part of a word such as "tanh".
    private static char? IsOperand(string formula, int i)
    {
        char c = formula[i];
        if (c is not ('a' or 'b')) return null;
        bool alone = (i == 0 || !char.IsAsciiLetter(formula[i - 1])) && (i == formula.Length - 1 || !char.IsAsciiLetter(formula[i + 1]));
        return alone ? c : null;
    }

    // Brackets an operand's name only where it would otherwise read wrongly: before an exponent,
    // or when it has spaces or a product dot and is not already inside brackets, as in σ(a).
    private static string Bracket(string formula, int i, string name)
    {
        if (SuperscriptEnd(formula, i + 1) > i + 1) return Base(name);
        bool inBrackets = i > 0 && formula[i - 1] == '(' && i + 1 < formula.Length && formula[i + 1] == ')';
        return inBrackets ? name : Operand(name);
    }

    private static bool NeedsBrackets(string name) =>
        name.Contains(' ', StringComparison.Ordinal) || name.Contains('·', StringComparison.Ordinal);
}
