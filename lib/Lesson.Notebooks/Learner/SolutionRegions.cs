using System.Text;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Learner;

/// <summary>
/// Replaces marked solution regions with a stub, as nbgrader does. A region is everything from a
/// BEGIN marker line to its END marker line, inclusive; markers are whole lines (any indentation).
/// The stub keeps the BEGIN line's indentation so the learner's code sits where the solution was.
/// </summary>
public static class SolutionRegions
{
    /// <summary>Code cells: <c>// BEGIN SOLUTION</c> … <c>// END SOLUTION</c>.</summary>
    public static readonly RegionMarkers Code = new(
        "// BEGIN SOLUTION", "// END SOLUTION", ["// YOUR CODE HERE", "throw new NotImplementedException();"]);

    /// <summary>Code cells, a written answer (the body of a method that returns prose in a raw string
    /// literal): <c>// BEGIN WRITTEN ANSWER</c> … <c>// END WRITTEN ANSWER</c>, replaced by
    /// <c>return """</c>, the placeholder the checks read as "not attempted yet", <c>""";</c>
    /// (<see cref="LessonExercises.WrittenAnswers"/>), so the learner writes between the quotes.</summary>
    public static readonly RegionMarkers WrittenAnswer = new(
        "// BEGIN WRITTEN ANSWER", "// END WRITTEN ANSWER", LessonExercises.WrittenAnswers.StubLines);

    /// <summary>The kinds of region a code cell may hold.</summary>
    public static IReadOnlyList<RegionMarkers> InCode { get; } = [Code, WrittenAnswer];

    /// <summary>True when the code cell <paramref name="source"/> holds an exercise: a region of any kind in <see cref="InCode"/>.</summary>
    public static bool IsExercise(string source) => InCode.Any(markers => HasRegion(source, markers));

    /// <summary>Markdown cells: <c>&lt;!-- BEGIN SOLUTION --&gt;</c> … <c>&lt;!-- END SOLUTION --&gt;</c>.</summary>
    public static readonly RegionMarkers Markdown = new(
        "<!-- BEGIN SOLUTION -->", "<!-- END SOLUTION -->", ["_Write your answer here._"]);

    /// <summary>
    /// <paramref name="source"/> with every region replaced by the stub. An unclosed or nested region
    /// fails with a message naming <paramref name="where"/> and the line.
    /// </summary>
    public static string Replace(string source, RegionMarkers markers, string where)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(markers);
        var output = new StringBuilder();
        var lines = JupyterText.SplitLines(source);
        int? openedAt = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var marker = lines[i].Trim();
            if (marker == markers.Begin)
            {
                if (openedAt is { } open)
                    throw new NotebookFormatException($"{where}: line {i + 1} opens a solution region inside the one opened at line {open + 1}.");
                openedAt = i;
                AppendStub(output, lines[i], markers);
            }
            else if (marker == markers.End)
            {
                if (openedAt is null)
                    throw new NotebookFormatException($"{where}: line {i + 1} closes a solution region that was never opened.");
                openedAt = null;
                if (i == lines.Count - 1 && !lines[i].EndsWith('\n'))
                    TrimFinalNewline(output);
            }
            else if (openedAt is null)
                output.Append(lines[i]);
        }
        if (openedAt is { } unclosed)
            throw new NotebookFormatException($"{where}: the solution region opened at line {unclosed + 1} is never closed ({markers.End}).");
        return output.ToString();
    }

    /// <summary>True when <paramref name="source"/> contains a BEGIN marker line.</summary>
    public static bool HasRegion(string source, RegionMarkers markers)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(markers);
        return JupyterText.SplitLines(source).Any(l => l.Trim() == markers.Begin);
    }

    private static void AppendStub(StringBuilder output, string beginLine, RegionMarkers markers)
    {
        var indent = beginLine[..(beginLine.Length - beginLine.TrimStart().Length)];
        var newline = beginLine.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        foreach (var stub in markers.Stub)
            output.Append(indent).Append(stub).Append(newline);
    }

    // A region closing on the last line (no trailing newline) leaves the cell without one, as before.
    private static void TrimFinalNewline(StringBuilder output)
    {
        if (output.Length > 0 && output[^1] == '\n')
            output.Length--;
        if (output.Length > 0 && output[^1] == '\r')
            output.Length--;
    }
}

/// <summary>The marker lines of a solution region and the stub lines that replace it.</summary>
/// <param name="Begin">The line (trimmed) that opens a region.</param>
/// <param name="End">The line (trimmed) that closes a region.</param>
/// <param name="Stub">The lines written instead, each with the BEGIN line's indentation.</param>
public sealed record RegionMarkers(string Begin, string End, IReadOnlyList<string> Stub);
