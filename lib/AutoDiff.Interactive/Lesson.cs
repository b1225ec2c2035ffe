using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive;

/// <summary>
/// The notebook's one setup call: <c>AutoDiff.Interactive.Lesson.Setup();</c> in the cell right
/// after <c>#r</c> of this DLL. It makes Plotly.NET charts work in the host, registers every
/// formatter and prints one banner line. Running it again is harmless.
/// </summary>
public static class Lesson
{
    /// <summary>The lesson library's version, e.g. "1.2.40".</summary>
    public static string Version => typeof(Lesson).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    /// <summary>
    /// Installs the FSharp.Core fix (before anything loads Plotly.NET), registers the HTML
    /// formatters, puts plotly.js into this cell's output so that charts draw with no network
    /// (unless <paramref name="offlineCharts"/> is false: then they load it from the CDN), checks
    /// that a chart can be built, and prints one line saying what is ready.
    /// </summary>
    /// <param name="offlineCharts">True (the default): embed plotly.js once, about 3.6 MB in a saved
    /// notebook; false: charts fetch plotly.js from cdn.plot.ly, which needs the network.</param>
    public static void Setup(bool offlineCharts = true)
    {
        // Order matters: the resolver must exist before the JIT compiles any method that
        // mentions a Plotly.NET type, so everything Plotly-related is behind NoInlining calls.
        AssemblyUnifier.Install();
        RegisterFormatters();
        ExerciseFormatters.Register();
        string plotlyJs = offlineCharts ? OfflineCharts.Embed() : OfflineCharts.FromCdn();
        Console.WriteLine(Banner(ChartsReady() + "; " + plotlyJs));
    }

    /// <summary>The banner <see cref="Setup"/> prints, given whether charts work.</summary>
    internal static string Banner(string charts) =>
        $"AutoDiff lesson {Version} ready in {HostInfo.Describe()}: HTML views for values, graphs, dual numbers, " +
        $"gradients, Jacobians, Hessians, gradient checks, backprop steps and narration; {charts}.";

    /// <summary>
    /// Displays <paramref name="value"/> now, as <paramref name="mimeType"/>, and returns the handle
    /// whose <c>Update(newValue)</c> replaces that output in place (the same display id, which
    /// <c>display(x).Update(y)</c> does not keep in this .NET Interactive version). Outside a
    /// notebook kernel nothing is shown and null is returned.
    /// </summary>
    public static DisplayedValue? Display(object value, string mimeType = Formatters.HtmlMimeType) =>
        KernelInvocationContext.Current is { } context ? context.Display(value, mimeType) : null;

    /// <summary>A progress display for a training run of <paramref name="totalSteps"/> steps: pass
    /// it to <c>Training.Train(model, data, steps, progress)</c> and it updates in place.</summary>
    public static TrainingProgress Progress(int totalSteps) => new(totalSteps);

    /// <summary>The gradient as a table (rows ∂f/∂label).</summary>
    public static GradientView Gradient(IReadOnlyList<double> gradient, params string[] labels) =>
        new(gradient, labels.Length == 0 ? null : labels);

    /// <summary>The Hessian as a labelled matrix.</summary>
    public static HessianView Hessian(double[,] hessian, params string[] labels) =>
        new(hessian, labels.Length == 0 ? null : labels);

    /// <summary>The backward pass of <paramref name="output"/>'s graph, step by step (runs
    /// <see cref="Value.Backward"/> first when no adjoint is set yet).</summary>
    public static BackpropView StepThrough(Value output) => new(TracedGraph(output));

    /// <summary>The forward and backward pass of <paramref name="output"/> in words.</summary>
    public static NarrationView Explain(Value output) => new(TracedGraph(output));

    private static ComputationGraph TracedGraph(Value output)
    {
        if (!output.IsTraced)
            throw new ArgumentException("This value is a plain constant with no graph: build it from tape.Variable(...) inputs.", nameof(output));
        if (output.Adjoint == 0) output.Backward();
        return output.ToGraph();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters() => Formatters.RegisterAll();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ChartsReady()
    {
        try
        {
            return ChartProbe();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException or TypeInitializationException)
        {
            // The usual cause: a chart was built before Setup installed the resolver in this kernel.
            return "Plotly charts NOT available (" + e.GetType().Name + ": " + e.Message + "); " +
                "restart the kernel and run this setup cell before any cell that draws a chart";
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ChartProbe()
    {
        _ = new Plotly.NET.Trace2D("scatter");
        // Asking for an F# type makes the runtime resolve FSharp.Core the way Plotly.NET will.
        var fsharp = typeof(Microsoft.FSharp.Core.FSharpOption<int>).Assembly.GetName().Version;
        string plotly = typeof(Plotly.NET.GenericChart).Assembly.GetName().Version?.ToString(3) ?? "?";
        return $"Plotly.NET {plotly} charts ready (FSharp.Core {fsharp?.ToString(2) ?? "?"} in use)";
    }
}
