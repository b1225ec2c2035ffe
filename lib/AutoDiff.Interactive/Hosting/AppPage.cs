using LessonExercises;
using System.Diagnostics;
using System.Net;
using System.Text;
using AutoDiff.Visuals;

namespace AutoDiff.Interactive;

/// <summary>
/// The display of a plain .NET app (<c>dotnet run app.cs</c>), which has no notebook to show
/// rich output in: each shown value prints its short text form to the terminal and adds its rich
/// HTML form to one offline page per app (<c>out/NAME.html</c> next to the app, plotly.js inlined
/// when a chart is on it). The page is written when the app ends, and its path printed last.
/// </summary>
internal sealed class AppPage
{
    private static readonly Lock Gate = new();
    private static AppPage? current;

    private readonly List<string> blocks = [];
    private readonly Dictionary<string, string> checks = new(StringComparer.Ordinal);
    private readonly string appFile;
    private bool hasChart;

    private AppPage(string appFile)
    {
        this.appFile = appFile;
        Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(appFile) ?? ".", "out",
            System.IO.Path.GetFileNameWithoutExtension(appFile) + ".html");
    }

    /// <summary>Where the page is written.</summary>
    public string Path { get; }

    /// <summary>The .cs file of the running file-based app, or null when this is not one (the
    /// SDK sets <c>EntryPointFilePath</c> for <c>dotnet run app.cs</c> only).</summary>
    public static string? EntryFile() => AppContext.GetData("EntryPointFilePath") as string;

    /// <summary>The page of this app, started at the first call; null when not a file-based app.</summary>
    public static AppPage? Current
    {
        get
        {
            lock (Gate)
            {
                if (current is null && EntryFile() is { } file)
                {
                    current = new AppPage(file);
                    Console.OutputEncoding = new UTF8Encoding(false);
                    var page = current;
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => page.Finish();
                    // An exception outside the guarded parts (a declaration later parts use) ends
                    // the app: say so, and still write the page of what ran before it.
                    AppDomain.CurrentDomain.UnhandledException += (_, e) =>
                    {
                        if (e.ExceptionObject is Exception error)
                            page.ShowError(error, "the app stops here, because later parts use what this part declares: fix it and run again.");
                        page.Finish();
                    };
                }
                return current;
            }
        }
    }

    /// <summary>Prints <paramref name="value"/>'s text form and adds its HTML form; returns the block.</summary>
    public int Show(object? value)
    {
        var (text, html) = Forms(value);
        Console.WriteLine(text);
        lock (Gate)
        {
            blocks.Add(html);
            return blocks.Count - 1;
        }
    }

    /// <summary>Replaces block <paramref name="block"/> with <paramref name="value"/> (printing its text).</summary>
    public void Replace(int block, object value)
    {
        var (text, html) = Forms(value);
        Console.WriteLine(text);
        lock (Gate) blocks[block] = html;
    }

    /// <summary>Shows an exception the way a notebook shows a failed cell: type, message and
    /// where in the app it was thrown, then <paramref name="then"/> (by default: the app goes on
    /// with its next part).</summary>
    public void ShowError(Exception error, string then = "the rest of the app still runs.")
    {
        string where = AppLine(error) is { } line ? $" ({System.IO.Path.GetFileName(appFile)}, line {line})" : "";
        string text = $"Error: {error.GetType().FullName}: {error.Message}{where}";
        Console.WriteLine("✘ " + text + " — " + then);
        lock (Gate)
            blocks.Add("<pre class=\"app-error\" style=\"color:#d1453b;background:#d1453b14;padding:8px;border-radius:3px;white-space:pre-wrap\">"
                + WebUtility.HtmlEncode(text + "\n" + error.StackTrace) + "</pre>");
    }

    /// <summary>Writes the page and prints a check summary and the page's path.</summary>
    public void Finish()
    {
        string html;
        lock (Gate) html = Html();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, html, new UTF8Encoding(false));
        Console.WriteLine();
        if (checks.Count > 0)
            Console.WriteLine("Checks: " + string.Join(", ", checks.Values.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
        Console.WriteLine("Graphs, charts and feedback of this run: " + Path);
    }

    private (string Text, string Html) Forms(object? value)
    {
        if (value is CheckResult result)
        {
            value = AppWording.ForApp(result);
            lock (Gate) checks[result.ExerciseId] = result.Status.Key();
        }
        if (value is not null && ViewTable.For(value) is { } row)
        {
            if (row.Type == typeof(Plotly.NET.GenericChart)) hasChart = true;
            return (row.Text(value), row.Html(value) + DataBlock(value));
        }
        string text = TextViews.Other(value);
        return (text, "<pre class=\"app-text\" style=\"white-space:pre-wrap\">" + WebUtility.HtmlEncode(text) + "</pre>");
    }

    // What a notebook displays in its own MIME type beside the HTML (the result of a check, the quiz
    // score) goes into the page as a data block of that type, so tools read results, not HTML.
    private static string DataBlock(object value) => value switch
    {
        CheckResult result => DataBlock(ExerciseReport.MimeType, result.Report.ToJson()),
        QuizScore score => DataBlock(QuizScoreReport.MimeType, score.Report.ToJson()),
        _ => "",
    };

    // "</" never ends the block early: JSON may escape the slash.
    private static string DataBlock(string mimeType, string json) =>
        $"<script type=\"{mimeType}\">{json.Replace("</", "<\\/", StringComparison.Ordinal)}</script>";

    private string Html()
    {
        string name = System.IO.Path.GetFileName(appFile);
        var body = new StringBuilder();
        // plotly.js once, before the charts: their loaders find window.Plotly and draw offline.
        if (hasChart) body.Append("<script>").Append(PlotlyJsReader.EmbeddedPlotlyJs.InlineSource).Append("</script>\n");
        body.Append("<h1 style=\"font-size:1.4em\">Lesson ").Append(Lesson.Version).Append(" · ").Append(WebUtility.HtmlEncode(name)).Append("</h1>\n");
        body.Append("<p style=\"color:#666\">What <code>dotnet run ").Append(WebUtility.HtmlEncode(name))
            .Append("</code> showed, in order. Run the app again to refresh this page.</p>\n");
        foreach (var block in blocks)
            body.Append("<section class=\"app-output\" style=\"margin:12px 0\">").Append(block).Append("</section>\n");
        return HtmlPage.Wrap($"Lesson {Lesson.Version} · {name}", body.ToString());
    }

    // The app's line that threw (debug builds carry line numbers), or null.
    private int? AppLine(Exception error) =>
        new StackTrace(error, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => string.Equals(f.GetFileName(), appFile, StringComparison.Ordinal))?.GetFileLineNumber();
}
