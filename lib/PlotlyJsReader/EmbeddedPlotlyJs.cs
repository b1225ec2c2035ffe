using System.Reflection;

namespace PlotlyJsReader;

/// <summary>
/// plotly.js itself, read from the copy Plotly.NET embeds in its assembly (the one Plotly.NET
/// writes into self-contained chart files), so charts draw with no network: inlined once into a
/// notebook's output, or written once as a file beside published pages.
/// </summary>
public static class EmbeddedPlotlyJs
{
    private const string Prefix = "Plotly.NET.plotly-";
    private const string Suffix = ".min.js";

    private static readonly Lazy<string> Text = new(Read);

    /// <summary>The attribute that marks the notebook output carrying plotly.js, so a page that
    /// loads plotly.js itself can leave that output out.</summary>
    public const string NotebookOutputMarker = "data-autodiff-plotlyjs";

    /// <summary>The plotly.js version the Plotly.NET package bundles, e.g. "2.28.0".</summary>
    public static string Version => ResourceName()[Prefix.Length..^Suffix.Length];

    /// <summary>The file name for a copy beside published pages, e.g. "plotly-2.28.0.min.js".</summary>
    public static string FileName => $"plotly-{Version}{Suffix}";

    /// <summary>The CDN address of the same plotly.js version.</summary>
    public static string CdnUrl => "https://cdn.plot.ly/" + FileName;

    /// <summary>The minified plotly.js source exactly as embedded (about 3.5 MB), for a file.</summary>
    public static string Source => Text.Value;

    /// <summary>The source made safe inside an inline <c>&lt;script&gt;</c> element: a literal
    /// "&lt;/script" would end the element early, so it is written "&lt;\/script".</summary>
    public static string InlineSource => Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    // Chart is an F# module (a static class): naming it loads Plotly.NET without loading any F#
    // type, so this works before a notebook host has sorted out which FSharp.Core to use.
    private static Assembly PlotlyAssembly => typeof(Plotly.NET.Chart).Assembly;

    private static string ResourceName()
    {
        var names = PlotlyAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .ToList();
        return names.Count == 1 ? names[0] : throw new InvalidOperationException(
            $"{PlotlyAssembly.GetName()} embeds {names.Count} plotly-*.min.js resources, not one; " +
            "pin the Plotly.NET version in Directory.Packages.props that the lesson was built with (6.0.0).");
    }

    private static string Read()
    {
        using var stream = PlotlyAssembly.GetManifestResourceStream(ResourceName())
            ?? throw new InvalidOperationException($"The plotly.js resource of {PlotlyAssembly.GetName()} could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
