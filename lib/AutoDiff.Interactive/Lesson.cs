using System.Runtime.CompilerServices;

namespace AutoDiff.Interactive;

/// <summary>
/// The notebook's one setup call: <c>AutoDiff.Interactive.Lesson.Setup();</c> in the cell right
/// after <c>#r</c> of this DLL. It makes Plotly.NET charts work in the host, registers every
/// formatter and prints one banner line. Running it again is harmless.
/// </summary>
/// <remarks>
/// The same calls serve a notebook and a plain .NET file-based app (<c>dotnet run app.cs</c>),
/// which may lack the .NET Interactive assemblies: every display decides by host at the time of
/// the call (<see cref="NotebookHost"/> in a kernel, else <see cref="AppPage"/> in a file-based
/// app, else nothing), and nothing here names a .NET Interactive type.
/// </remarks>
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
        // A plain app without the formatting assembly has no formatters to register: its page
        // renders from the same view table and carries plotly.js itself.
        NotebookHost.TryRegisterFormatters();
        SubmissionLog.Start();
        var page = AppPage.Current;
        string where = page is not null
            ? $"results print here, graphs, charts and feedback go to {page.Path}"
            : offlineCharts ? OfflineCharts.Embed() : OfflineCharts.FromCdn();
        Console.WriteLine(Banner(ChartsReady() + "; " + where));
    }

    /// <summary>The banner <see cref="Setup"/> prints, given whether charts work.</summary>
    internal static string Banner(string charts) =>
        $"AutoDiff lesson {Version} ready in {HostInfo.Describe()}: HTML views for values, graphs, dual numbers, " +
        $"gradients, Jacobians, Hessians, gradient checks, backprop steps and narration; {charts}.";

    /// <summary>
    /// Displays <paramref name="value"/> now and returns the handle whose <c>Update(newValue)</c>
    /// replaces that output in place. In a notebook it shows as <paramref name="mimeType"/> with
    /// the same display id on update (which <c>display(x).Update(y)</c> does not keep in this .NET
    /// Interactive version); in a file-based app its text form is printed and its HTML form put on
    /// the app's page. Elsewhere (a test host, a library) nothing is shown and null is returned.
    /// </summary>
    public static DisplayHandle? Display(object value, string mimeType = Formatters.HtmlMimeType)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (NotebookHost.IsActive)
            return NotebookHost.Display(value, mimeType) is { } shown ? DisplayHandle.InNotebook(shown) : null;
        return AppPage.Current is { } page ? DisplayHandle.InPage(page, page.Show(value)) : null;
    }

    /// <summary>
    /// Shows <paramref name="value"/> as a notebook shows a cell's last expression: in a notebook
    /// with its formatter; in a file-based app as text in the terminal and HTML on the app's page;
    /// elsewhere its text form on the console. The generated apps end each part with this call.
    /// </summary>
    public static void Show(object? value)
    {
        if (NotebookHost.IsActive) NotebookHost.Display(value, null);
        else if (AppPage.Current is { } page) page.Show(value);
        else Console.WriteLine(TextViews.Other(value));
    }

    /// <summary>
    /// Shows the value of <paramref name="expression"/> like <see cref="Show(object?)"/>; when it
    /// throws, shows the exception instead (<see cref="ShowError"/>) and returns, so that the rest
    /// of a file-based app still runs, as later cells of a notebook do.
    /// </summary>
    public static void Show(Func<object?> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        object? value;
        try
        {
            value = expression();
        }
#pragma warning disable CA1031 // Any exception of the learner's code is shown, as a notebook shows a failed cell.
        catch (Exception error)
#pragma warning restore CA1031
        {
            ShowError(error);
            return;
        }
        Show(value);
    }

    /// <summary>
    /// Shows an exception that stopped one part of a file-based app as a notebook shows a failed
    /// cell (type, message, where), so that the rest of the app still runs. The generated apps
    /// call it from the catch around each experiment.
    /// </summary>
    public static void ShowError(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (AppPage.Current is { } page) page.ShowError(error);
        else Console.Error.WriteLine($"Error: {error.GetType().FullName}: {error.Message}");
    }

    /// <summary>A progress display for a training run of <paramref name="totalSteps"/> steps: pass
    /// it to <c>Training.Train(model, data, steps, progress)</c> and it updates in place.</summary>
    public static TrainingProgress TrainingProgress(int totalSteps) => new(totalSteps);

    /// <summary>Every exercise of the lesson with its status as the checks last recorded it
    /// ("correct", "not yet right", "not attempted yet"), grouped by notebook, and what to do next.</summary>
    public static ProgressView Progress() => new(ProgressLog.Read());

    /// <summary>The gradient as a table (rows ∂f/∂label).</summary>
    public static GradientView Gradient(IReadOnlyList<double> gradient, params string[] labels) =>
        new(gradient, labels.Length == 0 ? null : labels);

    /// <summary>The Hessian as a labelled matrix.</summary>
    public static HessianView Hessian(double[,] hessian, params string[] labels) =>
        new(hessian, labels.Length == 0 ? null : labels);

    /// <summary>The backward pass of <paramref name="output"/>'s graph, step by step, with the
    /// adjoints the tape holds. Run <see cref="Value.Backward"/> first: the view shows that pass,
    /// it never runs one itself.</summary>
    /// <exception cref="InvalidOperationException">No backward pass has run from the output.</exception>
    public static BackpropView StepThrough(Value output) => new(TracedGraph(output, nameof(StepThrough)));

    /// <summary>The forward and backward pass of <paramref name="output"/> in words, with the
    /// adjoints the tape holds. Run <see cref="Value.Backward"/> first.</summary>
    /// <exception cref="InvalidOperationException">No backward pass has run from the output.</exception>
    public static NarrationView Explain(Value output) => new(TracedGraph(output, nameof(Explain)));

    // Running the backward pass is the learner's step, visible in their cell: a view that ran it
    // behind their back would show adjoints that no cell computed.
    private static ComputationGraph TracedGraph(Value output, string view)
    {
        if (!output.IsTraced)
            throw new ArgumentException("This value is a plain constant with no graph: build it from tape.Variable(...) inputs.", nameof(output));
        if (output.Adjoint == 0)
        {
            string name = output.Label ?? "f";
            throw new InvalidOperationException(
                $"No backward pass has run from {name} yet, so there are no adjoints to show. " +
                $"Run {name}.Backward(); first, then Lesson.{view}({name}).");
        }
        return output.ToGraph();
    }

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
