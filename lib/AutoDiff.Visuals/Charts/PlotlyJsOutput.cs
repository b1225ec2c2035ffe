using System.Text;
using PlotlyJsReader;

namespace AutoDiff.Visuals;

/// <summary>
/// The notebook output that lets every later chart draw with no network, as plotly.py's offline
/// mode does: plotly.js (the copy inside Plotly.NET) inlined once, defined both as the global
/// <c>window.Plotly</c> (VS Code, JupyterLab, and what <see cref="ChartHtml.Render"/> looks for
/// first) and as the require.js module "plotly" (classic Jupyter Notebook). It shows nothing; the
/// script element carries <see cref="EmbeddedPlotlyJs.NotebookOutputMarker"/> so that a page that
/// loads plotly.js itself can leave it out.
/// </summary>
public static class PlotlyJsOutput
{
    /// <summary>The output's HTML: one script element, about 3.5 MB.</summary>
    public static string Html()
    {
        string version = EmbeddedPlotlyJs.Version;
        string source = EmbeddedPlotlyJs.InlineSource;
        var html = new StringBuilder(source.Length + 1024);
        html.Append($"<script {EmbeddedPlotlyJs.NotebookOutputMarker}=\"{version}\">\n");
        html.Append($"(function () {{\n  if (!window.Plotly || window.Plotly.version !== \"{version}\") {{\n");
        // plotly.min.js is a UMD bundle: handed a CommonJS module object it fills module.exports
        // and neither calls an AMD define (an anonymous define breaks require.js pages) nor needs one.
        html.Append("    var module = { exports: {} };\n    (function (module, exports, define) {\n");
        html.Append(source);
        html.Append("\n    })(module, module.exports, undefined);\n    window.Plotly = module.exports;\n  }\n");
        html.Append("""
              if (typeof window.define === "function" && window.define.amd) {
                if (typeof window.requirejs === "function" && typeof window.requirejs.undef === "function") window.requirejs.undef("plotly");
                window.define("plotly", [], function () { return window.Plotly; });
              }
            })();
            </script>
            """);
        return html.ToString();
    }
}
