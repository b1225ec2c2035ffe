namespace Lesson.Runner;

/// <summary>
/// Why a <c>run-one</c> child ended before its notebook did, in words, from its exit code and its
/// standard error. A stack overflow ends a .NET process without any exception a cell can see; the
/// runtime prints "Stack overflow." and then the frames, the culprit (the repeated frame) first.
/// </summary>
internal static class ChildExit
{
    private const string StackOverflow = "Stack overflow";

    public static string Describe(int exitCode, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var overflow = Array.FindIndex(lines, l => l.StartsWith(StackOverflow, StringComparison.Ordinal));
        if (overflow < 0)
            return $"the kernel process ended (exit code {exitCode}) {string.Join(" | ", lines.TakeLast(3))}".TrimEnd();
        var culprit = lines.Skip(overflow + 1).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal));
        var where = culprit is null ? "" : $" {culprit}";
        return $"{StackOverflow}{where}: a recursion that never stops? The kernel process ended (exit code {exitCode}).";
    }
}
