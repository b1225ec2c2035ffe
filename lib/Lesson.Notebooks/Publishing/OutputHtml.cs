using System.Net;
using System.Text.RegularExpressions;
using Lesson.Notebooks.Execution;
using PlotlyJsReader;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// One cell output as HTML for a static page. HTML output is inserted as it is (it comes from the
/// lesson's own formatters), except what would load plotly.js a second time: script tags that fetch
/// plotly.js or require.js from the network, and the notebook's own inlined copy (marked with
/// <see cref="EmbeddedPlotlyJs.NotebookOutputMarker"/>). The page loads plotly.js in its head.
/// </summary>
public static partial class OutputHtml
{
    /// <summary>The richest MIME type first, as notebook front ends choose.</summary>
    private static readonly string[] Preference = ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    /// <summary>The HTML for <paramref name="output"/>.</summary>
    public static string Render(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Kind switch
        {
            OutputKind.Stream => $"<pre class=\"output stream {Encode(output.Name)}\">{Encode(output.Text)}</pre>",
            OutputKind.Error => $"<pre class=\"output error\"><strong>{Encode(output.Name)}</strong>: {Encode(output.Text)}</pre>",
            _ => RenderData(output),
        };
    }

    /// <summary>Removes script tags whose src is a remote URL (CDN copies of plotly.js or require.js).</summary>
    public static string WithoutRemoteScripts(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return RemoteScript().Replace(html, "");
    }

    /// <summary>True for the output that inlines plotly.js into a notebook (the setup cell's).</summary>
    public static bool IsPlotlyJs(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Data.TryGetValue("text/html", out var html)
            && html.StartsWith("<script " + EmbeddedPlotlyJs.NotebookOutputMarker + "=", StringComparison.Ordinal);
    }

    private static string RenderData(CellOutput output)
    {
        var mime = Preference.FirstOrDefault(output.Data.ContainsKey) ?? output.Data.Keys.FirstOrDefault();
        if (mime is null || IsPlotlyJs(output))
            return "";
        var value = output.Data[mime];
        var body = mime switch
        {
            "text/html" => WithoutRemoteScripts(value),
            "image/svg+xml" => value,
            "image/png" or "image/jpeg" => $"<img alt=\"output\" src=\"data:{mime};base64,{value.Trim()}\">",
            "text/markdown" => MarkdownHtml.Render(value),
            _ => $"<pre>{Encode(value)}</pre>",
        };
        return $"<div class=\"output display\">{body}</div>";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("<script[^>]*\\bsrc\\s*=\\s*[\"']?(https?:)?//[^>]*>\\s*</script>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteScript();
}
