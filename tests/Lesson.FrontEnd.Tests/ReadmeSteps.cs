using System.Text.RegularExpressions;

namespace Lesson.FrontEnd.Tests;

/// <summary>The shell steps README.md gives for a task, read from the README itself so that a
/// test runs exactly what a reader copies.</summary>
internal static partial class ReadmeSteps
{
    /// <summary>The first ```bash block of README.md that contains <paramref name="marker"/>.</summary>
    public static string BashBlockWith(string marker)
    {
        string readme = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "README.md"));
        return BashBlock().Matches(readme).Select(m => m.Groups["body"].Value)
            .FirstOrDefault(body => body.Contains(marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"README.md has no ```bash block containing \"{marker}\".");
    }

    [GeneratedRegex(@"^```bash\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
