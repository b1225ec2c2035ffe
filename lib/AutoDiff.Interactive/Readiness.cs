namespace AutoDiff.Interactive;

/// <summary>
/// The one-line answer to "is everything ready?" for the first notebook: it runs each layer the
/// lesson needs once — reverse mode against a derivative known by heart, a graph drawing, a chart —
/// and names the first that fails, with what to do.
/// </summary>
public static class Readiness
{
    /// <summary>"✔ Ready: …" or "✘ Not ready: …, what to do". Never throws.</summary>
    public static string Check()
    {
        try
        {
            var tape = new Tape();
            var x = tape.Variable(3, "x");
            var y = (x * x).Named("y");
            y.Backward();
            // d(x²)/dx = 2x = 6 at x = 3: a wrong answer means a stale or mismatched build.
            if (x.Adjoint != 6)
                return $"✘ Not ready: d(x²)/dx at 3 came out {x.Adjoint}, not 6. {Advice}";
            _ = AutoDiff.Visuals.GraphSvg.RenderHtml(y.ToGraph());
            _ = DrawChart();
            return "✔ Ready: reverse mode, graphs and charts all work. Open 01-starter.ipynb next.";
        }
#pragma warning disable CA1031 // This is the one place that must turn any failure into advice.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"✘ Not ready: {e.GetType().Name}: {e.Message} {Advice}";
        }
    }

    private const string Advice = "Run `dotnet build` at the repository root, restart the kernel and run the notebook from the top.";

    // Kept apart so that Plotly.NET loads only here, after Lesson.Setup() installed its resolver.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string DrawChart() => AutoDiff.Visuals.ChartHtml.Render(AutoDiff.Visuals.ErrorChart.Create());
}
