using System.Reflection;

namespace Lesson.Notebooks.Publishing;

/// <summary>
/// The plotly.js library, taken from the copy Plotly.NET embeds in its assembly (the one it uses for
/// self-contained chart files), so published pages draw charts with no network at all.
/// </summary>
public static class PlotlyScript
{
    /// <summary>
    /// A script that lets chart HTML written for require.js (what notebook hosts receive from
    /// Plotly.NET.Interactive) find the embedded plotly.js instead of fetching require.js and plotly.js
    /// from a CDN: <c>requirejs.config(...)</c> returns a loader that hands back the global Plotly.
    /// It must run after plotly.js, which would otherwise register itself as an AMD module.
    /// </summary>
    public const string RequireShim = """
        (function () {
          if (typeof window.requirejs === 'function') { return; }
          var load = function (deps, callback) { callback(window.Plotly); };
          load.config = function () { return load; };
          window.requirejs = load;
          if (typeof window.require !== 'function') { window.require = load; }
        })();
        """;

    /// <summary>The minified plotly.js source embedded in Plotly.NET.</summary>
    public static string Source()
    {
        var assembly = typeof(Plotly.NET.Chart).Assembly;
        var name = ResourceName(assembly);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET resource {name} could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ResourceName(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Plotly.NET.plotly", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .LastOrDefault()
        ?? throw new InvalidOperationException(
            $"{assembly.GetName()} carries no embedded plotly*.min.js; the published pages need it to draw charts offline.");
}
