namespace AutoDiff.Sketch;

/// <summary>
/// A sketch (or its values) that cannot be read: the message names the line, the token and what
/// to write instead, e.g. "line 4, at 'x²y': p = x²y has two operations (^ and ×): give each its
/// own node, e.g. sq = x^2 and p = sq * y".
/// </summary>
public sealed class SketchFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> (1-based) at <paramref name="token"/>.</summary>
    public SketchFormatException(int line, string token, string problem)
        : base(Where(line, token) + problem)
    {
        Line = line;
        Token = token;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message.</summary>
    public SketchFormatException() : base("The sketch cannot be read.") => Token = Problem = "";

    /// <summary>Creates the exception with a message.</summary>
    public SketchFormatException(string message) : base(message) => Token = Problem = message;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public SketchFormatException(string message, Exception inner) : base(message, inner) => Token = Problem = message;

    /// <summary>The line of the sketch text (1 = first line), or 0 when the problem is the whole sketch.</summary>
    public int Line { get; }

    /// <summary>The text where reading stopped ("" at the end of a line).</summary>
    public string Token { get; }

    /// <summary>What is wrong and what to write instead, without the position.</summary>
    public string Problem { get; }

    private static string Where(int line, string token) =>
        line <= 0 ? "" : token.Length == 0 ? $"line {line}, at the end: " : $"line {line}, at '{token}': ";
}
