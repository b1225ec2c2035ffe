using System.Globalization;

namespace Lesson.Runner;

/// <summary>Options of the <c>run</c> command.</summary>
/// <param name="Notebooks">Notebook names (or .ipynb paths) to run; empty means all.</param>
/// <param name="Learner">Run the learner notebooks (notebooks/) instead of the solutions (solutions/).</param>
/// <param name="CellTimeout">The longest one cell may run.</param>
/// <param name="Output">Where executed notebooks and HTML pages go.</param>
/// <param name="Plain">Plain progress lines instead of a live display.</param>
internal sealed record RunOptions(IReadOnlyList<string> Notebooks, bool Learner, TimeSpan CellTimeout, string? Output, bool Plain)
{
    public const string Usage = """
        Usage:
          dotnet run --project lib/Lesson.Runner -- run [--notebook NAME]... [--learner|--solutions]
                                                      [--timeout SECONDS] [--output DIR] [--plain]
          dotnet run --project lib/Lesson.Runner -- generate [--check]
          dotnet run --project lib/Lesson.Runner -- clean [--check]

          run        execute notebooks in the .NET Interactive C# kernel and publish them as HTML
                     (default: every solution notebook, 120 s per cell, into artifacts/lesson)
          generate   regenerate notebooks/ (learner versions) from solutions/; --check only verifies
          clean      strip outputs from committed notebooks; --check only verifies (and checks metadata)
        """;

    /// <summary>Parses the arguments after <c>run</c>; throws <see cref="ArgumentException"/> with a clear message.</summary>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var notebooks = new List<string>();
        var learner = false;
        var timeout = TimeSpan.FromSeconds(120);
        string? output = null;
        var plain = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--notebook": notebooks.Add(Value(args, ref i)); break;
                case "--learner": learner = true; break;
                case "--solutions": learner = false; break;
                case "--timeout": timeout = Seconds(Value(args, ref i)); break;
                case "--output": output = Value(args, ref i); break;
                case "--plain": plain = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        return new RunOptions(notebooks, learner, timeout, output, plain);
    }

    internal static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    internal static TimeSpan Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"--timeout needs a positive number of seconds, not \"{text}\".");
}
