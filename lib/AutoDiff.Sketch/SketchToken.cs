using System.Globalization;

namespace AutoDiff.Sketch;

/// <summary>What a token of a sketch line is.</summary>
internal enum TokenKind { Number, Name, Symbol, End }

/// <summary>One token of a sketch line: its kind, its text (symbols normalised to ASCII: − → -,
/// · and × → *, ÷ → /, ** → ^, → and --> → ->) and its column.</summary>
internal readonly record struct SketchToken(TokenKind Kind, string Text, int Column, double Number = 0)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>The tokens of <paramref name="line"/>, ending with an End token.</summary>
    public static List<SketchToken> Read(string line, int lineNumber)
    {
        var tokens = new List<SketchToken>();
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c) || (c == '.' && i + 1 < line.Length && char.IsDigit(line[i + 1])))
            {
                int start = i;
                while (i < line.Length && (char.IsDigit(line[i]) || line[i] == '.')) i++;
                string text = line[start..i];
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                    throw new SketchFormatException(lineNumber, text, "this is not a number: write it like 2, 0.5 or 12.25 (a dot before the decimals).");
                tokens.Add(new(TokenKind.Number, text, start, value));
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                int start = i;
                while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '_')) i++;
                tokens.Add(new(TokenKind.Name, line[start..i], start));
                continue;
            }
            var (symbol, length) = Symbol(line, i);
            if (symbol is null)
                throw new SketchFormatException(lineNumber, c.ToString(),
                    "this character means nothing in a sketch: use names, numbers, + - * / ^ ( ), '->' for an edge and ':' before its local derivative.");
            tokens.Add(new(TokenKind.Symbol, symbol, i));
            i += length;
        }
        tokens.Add(new(TokenKind.End, "", line.Length));
        return tokens;
    }

    private static (string?, int) Symbol(string line, int i)
    {
        if (string.CompareOrdinal(line, i, "-->", 0, 3) == 0) return ("->", 3);
        if (string.CompareOrdinal(line, i, "->", 0, 2) == 0) return ("->", 2);
        if (string.CompareOrdinal(line, i, "**", 0, 2) == 0) return ("^", 2); // Python's power
        return line[i] switch
        {
            '+' or '*' or '/' or '^' or '(' or ')' or ',' or ':' or '=' => (line[i].ToString(), 1),
            '-' or '−' => ("-", 1),
            '·' or '×' or '⋅' => ("*", 1),
            '÷' => ("/", 1),
            '→' => ("->", 1),
            '²' => ("²", 1),
            '³' => ("³", 1),
            _ => (null, 0),
        };
    }
}
