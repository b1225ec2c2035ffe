namespace AutoDiff.Sketch;

/// <summary>
/// Reads a formula from tokens, by recursive descent: sums of products of powers, with the usual
/// precedence (−x^2 = −(x²)), functions with or without brackets (sin(x), sin x, and sin x^2 =
/// sin(x²)), and implicit products (2x, 2 x y, x (y + 1)).
/// </summary>
internal sealed class FormulaParser(List<SketchToken> tokens, int start, int line)
{
    private int position = start;

    // Every function of the table of primitives, by each name it may be written with.
    private static readonly Dictionary<string, Op> Functions = Primitives.All
        .SelectMany(p => p.WrittenNames.Select(name => (name, p.Op)))
        .ToDictionary(f => f.name, f => f.Op, StringComparer.Ordinal);

    /// <summary>The functions a formula may call, by name: every primitive of the table written as
    /// a function (sin, log or ln, sigmoid or σ, atan, max, …).</summary>
    public static Op? Function(string name) => Functions.TryGetValue(name, out var op) ? op : null;

    /// <summary>The token after the formula.</summary>
    public int Position => position;

    private SketchToken Current => tokens[position];

    /// <summary>Reads one formula; <paramref name="stops"/> are symbols that end it (besides the line's end).</summary>
    public Formula Read(string what, params string[] stops)
    {
        if (Current.Kind == TokenKind.End || stops.Any(Current.Is))
            throw Error(Current, $"{what} is missing here: write a formula, e.g. 2x, y or cos x.");
        var formula = Sum();
        if (Current.Kind != TokenKind.End && !stops.Any(Current.Is))
            throw Error(Current, Current.Is(")") ? "this ')' closes no '(': remove it." : $"{what} should end before this: check for a missing operator (+ - * /).");
        return formula;
    }

    private Formula Sum()
    {
        var left = Product();
        while (Current.Is("+") || Current.Is("-"))
        {
            char op = Current.Text[0];
            position++;
            left = new BinaryFormula(op, left, Product());
        }
        return left;
    }

    private Formula Product()
    {
        var left = Unary();
        while (true)
        {
            if (Current.Is("*") || Current.Is("/"))
            {
                char op = Current.Text[0];
                position++;
                left = new BinaryFormula(op, left, Unary());
            }
            else if (StartsOperand(Current)) left = new BinaryFormula('*', left, Power()); // 2x, x y
            else return left;
        }
    }

    private Formula Unary()
    {
        if (!Current.Is("-")) return Power();
        position++;
        return new NegateFormula(Unary());
    }

    private Formula Power()
    {
        var basis = Primary();
        if (Current.Is("²") || Current.Is("³"))
        {
            double exponent = Current.Text == "²" ? 2 : 3;
            position++;
            return new BinaryFormula('^', basis, new NumberFormula(exponent));
        }
        if (!Current.Is("^")) return basis;
        position++;
        return new BinaryFormula('^', basis, Unary());
    }

    private Formula Primary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Number:
                position++;
                return new NumberFormula(t.Number);
            case TokenKind.Name when t.Text is "pi" or "π":
                position++;
                return new NumberFormula(Math.PI);
            case TokenKind.Name when Function(t.Text) is { } op:
                position++;
                return Call(t, op);
            case TokenKind.Name:
                position++;
                return new NameFormula(t.Text);
            case TokenKind.Symbol when t.Is("("):
                position++;
                var inner = Sum();
                Expect(")", "close the bracket with ')'.");
                return inner;
            default:
                throw Error(t, t.Kind == TokenKind.End
                    ? "the formula stops in the middle: finish it, e.g. 2 * x rather than 2 *."
                    : $"a name, a number or '(' should come here, not '{t.Text}'.");
        }
    }

    private CallFormula Call(SketchToken name, Op op)
    {
        bool binary = Primitives.Of(op).IsBinary;
        if (!Current.Is("("))
        {
            if (binary) throw Error(Current, $"{name.Text} takes two arguments in brackets: {name.Text}(a, b).");
            if (!StartsOperand(Current)) throw Error(Current, $"{name.Text} needs an argument: {name.Text} x or {name.Text}(x + y).");
            return new CallFormula(op, Power(), null); // sin x^2 = sin(x²), as in the graph's names
        }
        position++;
        var argument = Sum();
        Formula? second = null;
        if (binary)
        {
            Expect(",", $"{name.Text} takes two arguments: {name.Text}(a, b).");
            second = Sum();
        }
        else if (Current.Is(","))
            throw Error(Current, $"{name.Text} takes one argument: {name.Text}(x).");
        Expect(")", "close the bracket with ')'.");
        return new CallFormula(op, argument, second);
    }

    private void Expect(string symbol, string advice)
    {
        if (!Current.Is(symbol)) throw Error(Current, advice);
        position++;
    }

    private static bool StartsOperand(SketchToken t) => t.Kind is TokenKind.Number or TokenKind.Name || t.Is("(");

    private SketchFormatException Error(SketchToken at, string problem) => new(line, at.Text, problem);
}
