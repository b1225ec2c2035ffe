using System.Text;

namespace AutoDiff;

/// <summary>
/// The words of a derivative rule and the brackets around a name, written once for every text of
/// the library and the lesson: the narration of a backward pass, the step-through's table, the
/// sketch's feedback and the graph's node names (<see cref="GraphNode.Expression"/>). A rule comes
/// from the table of primitives (<see cref="Primitive.PartialA"/>, written with operands a and b)
/// with the operands' names put in: "cos a" on x + y is "cos (x + y)", "1/b" on x/y is "1/(x/y)".
/// A superscript exponent cannot hold a name, so it is written out with a caret: eᵃ becomes
/// e^(sin x²) and b·aᵇ⁻¹ becomes y·x^(y − 1). A constant exponent p is a parameter of the node, not
/// an operand, so its value is put in: p·aᵖ⁻¹ of x³ is 3·x^2, and of x² simply 2x.
/// </summary>
public static class RuleText
{
    // Superscripts[i] written on the line is Plain[i].
    private const string Superscripts = "ᵃᵇᵖ⁻⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Plain = "abp−0123456789";

    /// <summary>∂r/∂a (<paramref name="operand"/> 0) or ∂r/∂b (1) of the primitive <paramref name="op"/>
    /// in words, with the operands' names <paramref name="a"/> and <paramref name="b"/> put in.</summary>
    /// <param name="op">The primitive.</param>
    /// <param name="operand">0 for the derivative by operand a, 1 for operand b.</param>
    /// <param name="a">The name of operand a, e.g. "x" or "sin x".</param>
    /// <param name="b">The name of operand b ("" for a unary primitive).</param>
    /// <param name="parameter">The value of operand b when the table marks it a parameter
    /// (<see cref="Primitive.OperandBIsParameter"/>: the exponent of x³); ignored otherwise.</param>
    /// <returns>The rule, or null when the table has none for that operand (an input, a constant,
    /// operand b of a unary primitive). A fused primitive's rules are in its own operand names
    /// (<see cref="Primitive.PartialName"/>) and are not asked for here.</returns>
    public static string? Partial(Op op, int operand, string a, string b, double parameter = double.NaN)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var primitive = Primitives.Of(op);
        if (primitive.Form == Form.ConstantPower && operand == 0) return ConstantPower(a, parameter);
        string? formula = operand == 0 ? primitive.PartialA : primitive.PartialB;
        return formula is null ? null : Substitute(formula, a, b);
    }

    /// <summary><paramref name="formula"/> with every standalone a and b replaced by
    /// <paramref name="a"/> and <paramref name="b"/>, bracketed where the formula needs it.</summary>
    public static string Substitute(string formula, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(formula);
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

    /// <summary>A name as one quantity beside a tight operator (juxtaposition, ·, /, a function
    /// name, ∂): "x", "x²", "x₁" and "(x + y)²" stay as they are; "sin x", "x·y", "x/y", "x + y" and
    /// "−x" get brackets, as in ∂f/∂(sin x) or 1/(x/y).</summary>
    public static string Operand(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsAtom(name) ? name : $"({name})";
    }

    /// <summary>A name in a derivative, ∂f/∂name: as <see cref="Operand"/>, and a bracketed group
    /// raised to a power gets brackets too, ∂f/∂((x + y)²), which would otherwise read as a square
    /// of ∂f/∂(x + y).</summary>
    public static string InDerivative(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool poweredGroup = ExpressionText.IsGroup(name) && !name.EndsWith(')');
        return IsAtom(name) && !poweredGroup ? name : $"({name})";
    }

    /// <summary>A name as the base of a power: one plain name ("x", "x₁", "w0") or a bracketed group
    /// stays, anything else gets brackets, so (x²)³ cannot be misread as x²³.</summary>
    public static string Base(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ExpressionText.IsGroup(name) || IsPlainName(name) ? name : $"({name})";
    }

    /// <summary>A name beside a spaced operator (a × b, a − b): only a sum or a difference needs
    /// brackets there, so sin x × cos x stays as it is and x − (y + z) does not.</summary>
    public static string Term(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool sum = name.Contains(" + ", StringComparison.Ordinal) || name.Contains(" − ", StringComparison.Ordinal);
        return sum && !ExpressionText.IsGroup(name) ? $"({name})" : name;
    }

    /// <summary>True for a name that reads as one quantity with no brackets: no space, product dot
    /// or slash, no leading minus sign, or one bracketed group (<see cref="ExpressionText.IsGroup"/>).</summary>
    internal static bool IsAtom(string name) =>
        ExpressionText.IsGroup(name) || (name.Length > 0 && name.IndexOfAny([' ', '·', '/']) < 0 && name[0] is not ('−' or '-'));

    // d/da aᵖ = p·aᵖ⁻¹ with p's value: 2x for p = 2 (a¹ is a), else 3·x^2, −0.5·x^-1.5.
    private static string ConstantPower(string a, double p)
    {
        if (double.IsNaN(p)) return $"p·{Base(a)}^(p − 1)";
        if (p == 2) return "2" + Operand(a);
        return $"{MessageNumber.Text(p)}·{Base(a)}^{MessageNumber.Text(p - 1)}";
    }

    // Letters, digits, subscripts, _, . and ′: a name such as x, w0, x₁, x_1, f′ or the constant 2.5.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '′' or (>= '₀' and <= '₉'));

    // A run of superscripts naming an operand ("ᵃ", "ᵇ⁻¹") is written out as ^(…); a run of digits
    // only ("²" in b² or tan² a) reads fine as it is.
    private static string Exponent(string run, string a, string b)
    {
        if (!run.Any(c => c is 'ᵃ' or 'ᵇ' or 'ᵖ')) return run;
        string plain = string.Concat(run.Select(c => Plain[Superscripts.IndexOf(c, StringComparison.Ordinal)]));
        string text = Substitute(plain.Replace("−", " − ", StringComparison.Ordinal).Trim(), a, b);
        return "^" + Base(text);
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
    // or beside an operator, unless the formula already holds it in brackets, as in σ(a).
    private static string Bracket(string formula, int i, string name)
    {
        if (SuperscriptEnd(formula, i + 1) > i + 1) return Base(name);
        bool inBrackets = i > 0 && formula[i - 1] == '(' && i + 1 < formula.Length && formula[i + 1] == ')';
        return inBrackets ? name : Operand(name);
    }
}
