namespace Lesson.Runner.Tests;

/// <summary>Processes on this machine, read from /proc (Linux), to see that no child was left running.</summary>
internal static class ChildProcesses
{
    /// <summary>The command lines of running processes that mention <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> CommandLinesContaining(string text)
    {
        var found = new List<string>();
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _))
                continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal))
                    found.Add(commandLine);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }
        return found;
    }
}
