using System.Reflection;
using Plotly.NET;

namespace AutoDiff.Visuals;

/// <summary>
/// plotly.js itself, as Plotly.NET ships it: an embedded resource of the Plotly.NET assembly
/// (the same text Plotly.NET writes for <c>PlotlyJSReference.Full</c>). Inlining it makes a page
/// draw with no network at all.
/// </summary>
internal static class PlotlyJs
{
    private static readonly Lazy<string> Script = new(ReadEmbeddedScript);

    /// <summary>The plotly.js version the Plotly.NET package bundles, e.g. "2.28.0".</summary>
    public static string Version => ResourceName()["Plotly.NET.plotly-".Length..^".min.js".Length];

    /// <summary>The CDN address of the same plotly.js version (used only by notebook output).</summary>
    public static string CdnUrl => $"https://cdn.plot.ly/plotly-{Version}.min.js";

    /// <summary>The minified plotly.js source, safe to place inside a &lt;script&gt; element.</summary>
    public static string Text => Script.Value;

    private static Assembly PlotlyAssembly => typeof(GenericChart).Assembly;

    private static string ResourceName() =>
        PlotlyAssembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("Plotly.NET no longer embeds plotly.min.js; pin Plotly.NET 6.0.0 in Directory.Packages.props.");

    private static string ReadEmbeddedScript()
    {
        using var stream = PlotlyAssembly.GetManifestResourceStream(ResourceName())!;
        using var reader = new StreamReader(stream);
        // "</script" inside the source would end an inline <script> element early.
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
