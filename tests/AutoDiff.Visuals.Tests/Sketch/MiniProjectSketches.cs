namespace AutoDiff.Visuals.Tests;

/// <summary>Sketches of the mini-project's f(x, y) = x²y + sin x that the check tests and the
/// browser tests both draw (linked into tests/AutoDiff.Interactive.Tests).</summary>
internal static class MiniProjectSketches
{
    // f(x, y) = x²y + sin x, drawn with x·x for x² and the product's factors commuted.
    public const string Correct = """
        x, y: input
        sq = x * x
        p  = y * sq
        s  = sin(x)
        f  = s + p
        x  -> sq : 2*x
        y  -> p  : sq
        sq -> p  : y
        x  -> s  : cos x
        s  -> f  : 1
        p  -> f  : 1
        """;

    public const string Values = """
        x: value 1.2, grad 2*1.2*2.5 + cos(1.2)
        y: value 2.5, grad 1.44
        sq: value 1.44, grad 2.5
        p: value 3.6, grad 1
        s: value sin(1.2), grad 1
        f: value 3.6 + sin(1.2), grad 1
        """;

    public static readonly string WrongOperation = Correct.Replace("s  = sin(x)", "s  = cos x", StringComparison.Ordinal).Replace("x  -> s  : cos x", "x  -> s  : -sin x", StringComparison.Ordinal);

    public static readonly string UsedOnce = Correct.Replace("s  = sin(x)", "s  = sin sq", StringComparison.Ordinal).Replace("x  -> s  : cos x", "sq -> s  : cos sq", StringComparison.Ordinal);
}
