using System.Text.RegularExpressions;

namespace AutoDiff.Interactive;

/// <summary>
/// Check feedback as a plain app shows it. The checks are written for notebooks ("run that cell,
/// then this check"); an app has no cells and runs from the top every time, so each such phrase
/// becomes the app's one action: run the app again.
/// </summary>
internal static partial class AppWording
{
    private static readonly (string Notebook, string App)[] Phrases =
    [
        (", run that cell, then run this check", " and run the app again"),
        ("Run the cells above first (from the top, or at least the cell that defines it), then run this check again.", "Run the app again: it runs everything from the top."),
        ("run the cells above first", "run the app again"),
        ("then run your cell and this check again", "then run the app again"),
        ("run the cells above again", "run the app again"),
        ("run the cell that calls f.Backward(), then this check", "call f.Backward() before the check and run the app again"),
        ("Run the cell that builds f once more, then this check.", "Build f once (one f.Backward()) and run the app again."),
        ("run the cell again", "run the app again"),
    ];

    /// <summary><paramref name="result"/> with message and hint worded for an app.</summary>
    public static CheckResult ForApp(CheckResult result) =>
        result with { Message = Reword(result.Message), Hint = result.Hint is null ? null : Reword(result.Hint) };

    /// <summary><paramref name="text"/> with every notebook phrase about cells replaced.</summary>
    public static string Reword(string text)
    {
        foreach (var (notebook, app) in Phrases)
            text = text.Replace(notebook, app, StringComparison.OrdinalIgnoreCase);
        // Wording added later still never sends the reader to a cell that does not exist.
        return AnyCellPhrase().Replace(text, "run the app again");
    }

    [GeneratedRegex(@"\brun (?:this|that|the|your|each) cells?\b[^.;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyCellPhrase();
}
