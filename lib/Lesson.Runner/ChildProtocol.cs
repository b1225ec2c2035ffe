using System.Globalization;
using Lesson.Notebooks.Execution;

namespace Lesson.Runner;

/// <summary>
/// The one channel by which a <c>run-one</c> child reports to the runner: lines on its standard
/// output saying that the kernel has started, that a cell started, and each finished cell with its
/// full result (one line of JSON). Other lines are ignored, so whatever else reaches stdout cannot
/// confuse the parent; each message starts on a fresh line for the same reason.
/// </summary>
internal static class ChildProtocol
{
    private const string Prefix = "##lesson-runner ";

    public static string KernelReady() => $"\n{Prefix}kernel-ready";

    public static string CellStarted(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"\n{Prefix}cell-start {index}");

    public static string CellFinished(CellRun cell) => $"\n{Prefix}cell-end {RunResultFile.CellToJson(cell)}";

    /// <summary>A message from the child: the kernel started, a cell started, or a cell finished.</summary>
    internal abstract record Message;

    internal sealed record Ready : Message;

    internal sealed record Started(int Index) : Message;

    internal sealed record Finished(CellRun Cell) : Message;

    /// <summary>Parses a protocol line, or null for other lines.</summary>
    public static Message? Parse(string? line)
    {
        if (line is null || !line.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var rest = line[Prefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var (kind, argument) = space < 0 ? (rest, "") : (rest[..space], rest[(space + 1)..]);
        return kind switch
        {
            "kernel-ready" => new Ready(),
            "cell-start" when int.TryParse(argument, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) => new Started(index),
            "cell-end" when RunResultFile.CellFromJson(argument) is { } cell => new Finished(cell),
            _ => null,
        };
    }
}
