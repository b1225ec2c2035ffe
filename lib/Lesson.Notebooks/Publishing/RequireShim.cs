namespace Lesson.Notebooks.Publishing;

/// <summary>
/// A script that lets chart HTML written for require.js (what some notebook formatters emit) find
/// the page's plotly.js instead of fetching require.js and plotly.js from a CDN:
/// <c>requirejs.config(...)</c> returns a loader that hands back the global Plotly. It must run
/// after plotly.js, which would otherwise register itself as an AMD module.
/// </summary>
public static class RequireShim
{
    /// <summary>The script's source.</summary>
    public const string Script = """
        (function () {
          if (typeof window.requirejs === 'function') { return; }
          var load = function (deps, callback) { callback(window.Plotly); };
          load.config = function () { return load; };
          window.requirejs = load;
          if (typeof window.require !== 'function') { window.require = load; }
        })();
        """;
}
