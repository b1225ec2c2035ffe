using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// The mini-project's f(x, y) = x²y + sin x, its correct sketch, and the points it is compared at.
internal static class SketchSamples
{
    public const string Correct = """
        x, y: input
        sq = x^2
        p = sq * y
        s = sin x
        f = p + s
        x -> sq : 2x
        sq -> p : y
        y -> p : sq
        x -> s : cos x
        p -> f : 1
        s -> f : 1
        """;

    public static readonly (double X, double Y)[] Points = [(1.2, 2.5), (-0.7, 1.9), (2.3, -1.4)];

    public static Value F(Value x, Value y) => Value.Pow(x, 2) * y + Value.Sin(x);

    public static SketchComparison Compare(string sketch) => SketchComparison.Compare(GraphSketch.Parse(sketch), F, Points);

    /// <summary>The correct sketch with the line that starts with <paramref name="lineStart"/> replaced.</summary>
    public static string Replace(string lineStart, string replacement) => Correct.WithLine(lineStart, replacement);

    /// <summary><paramref name="sketch"/> with the line that starts with <paramref name="lineStart"/> replaced.</summary>
    public static string WithLine(this string sketch, string lineStart, string replacement) =>
        string.Join("\n", sketch.Split('\n').Select(l => l.StartsWith(lineStart, StringComparison.Ordinal) ? replacement : l));
}
