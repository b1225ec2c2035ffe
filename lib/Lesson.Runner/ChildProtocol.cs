using System.Globalization;
using Lesson.Notebooks.Execution;

namespace Lesson.Runner;

/// <summary>
/// The lines a <c>run-one</c> child process writes to its standard output so the parent knows when
/// the kernel has started and which cell is running (to enforce the timeout) and can show progress. Other lines are ignored, so
/// whatever else reaches stdout cannot confuse the parent.
/// </summary>
internal static class ChildProtocol
{
    private const string Prefix = "##lesson-runner ";

    /// <summary>The kind of the line that says the kernel has started; cell timeouts count from here on.</summary>
    public const string KernelReadyKind = "kernel-ready";

    public static string KernelReady() => $"{Prefix}{KernelReadyKind} -1";

    public static string CellStarted(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}cell-start {index}");

    public static string CellFinished(CellRun cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}cell-end {cell.Index} {cell.Status} {cell.Duration.TotalMilliseconds:0}");

    /// <summary>Parses a protocol line: (kind, cell index, status, duration), or null for other lines.</summary>
    public static (string Kind, int Index, CellStatus Status, TimeSpan Duration)? Parse(string? line)
    {
        if (line is null || !line.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var parts = line[Prefix.Length..].Split(' ');
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
            return null;
        var status = parts.Length > 2 && Enum.TryParse<CellStatus>(parts[2], out var s) ? s : CellStatus.Succeeded;
        var ms = parts.Length > 3 && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return (parts[0], index, status, TimeSpan.FromMilliseconds(ms));
    }
}
