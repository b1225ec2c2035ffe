using System.Globalization;
using Lesson.Notebooks.Execution;

namespace Lesson.Runner;

/// <summary>Options of the <c>run</c> command.</summary>
/// <param name="Notebooks">Notebook names (or .ipynb paths) to run; empty means all.</param>
/// <param name="Learner">Run the learner notebooks (notebooks/) instead of the solutions (solutions/).</param>
/// <param name="CellTimeout">The longest one cell may run.</param>
/// <param name="Output">Where executed notebooks and HTML pages go.</param>
/// <param name="Plain">Plain progress lines instead of a live display.</param>
internal sealed record RunOptions(IReadOnlyList<string> Notebooks, bool Learner, TimeSpan CellTimeout, string? Output, bool Plain)
{
    /// <summary>Parses the arguments after <c>run</c>; throws <see cref="UsageException"/> with a clear message.</summary>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var notebooks = new List<string>();
        var learner = false;
        var timeout = ExecutionOptions.Default.CellTimeout;
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
                default: throw new UsageException($"Unknown option {args[i]} for run.");
            }
        }
        if (output is not null && string.IsNullOrWhiteSpace(output))
            throw new UsageException("--output needs a folder, not an empty name (for example --output artifacts/lesson).");
        return new RunOptions(notebooks, learner, timeout, output, plain);
    }

    // "--output --plain" is a forgotten value, not a folder called "--plain".
    internal static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count && !args[i].StartsWith("--", StringComparison.Ordinal)
            ? args[i]
            : throw new UsageException($"{args[i - 1]} needs a value.");

    // A day: far beyond any cell, and small enough for TimeSpan (which rejects "1e300" or "Infinity").
    private const double MaxSeconds = 86_400;

    internal static TimeSpan Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= MaxSeconds
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException($"--timeout needs a number of seconds above 0 and at most 86400 (for example --timeout 300), not \"{text}\".");
}
