namespace AutoDiff.Visuals;

/// <summary>
/// A conservative estimate of how wide a line of text renders in the font stack
/// <see cref="Theme.FontFamily"/>, so boxes can be sized before any browser sees them.
/// </summary>
/// <remarks>The factors (in em) are at or above DejaVu Sans, the widest of the stack (Segoe UI,
/// Helvetica and Arial are narrower), so a label always fits; bold adds 10 %.</remarks>
public static class TextWidth
{
    /// <summary>Estimated width in px of <paramref name="text"/> at <paramref name="fontSizePx"/>.</summary>
    public static double Estimate(string text, double fontSizePx, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        double em = 0;
        foreach (char c in text) em += Glyph(c);
        return em * fontSizePx * (bold ? 1.1 : 1.0);
    }

    private static double Glyph(char c) => c switch
    {
        ' ' or 'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.36,
        'f' or 't' or 'r' or 'I' or '(' or ')' or '[' or ']' or '/' or '-' => 0.46,
        'm' or 'w' or 'M' or 'W' or '@' or '%' => 0.98,
        >= '0' and <= '9' => 0.66,
        >= 'a' and <= 'z' => 0.64,
        >= 'A' and <= 'Z' => 0.76,
        '…' or '∂' or '∑' or '√' or '×' or '÷' or '−' or '+' or '=' or '·' or '^' => 0.86,
        > '\u007f' => 0.9, // symbols and superscripts: assume wide
        _ => 0.7,
    };
}
