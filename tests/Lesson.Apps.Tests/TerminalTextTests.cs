using Lesson.Notebooks.Apps;

namespace Lesson.Apps.Tests;

/// <summary>Values that a notebook shows as HTML print a text form in an app, with the numbers the
/// math says they must have.</summary>
public sealed class TerminalTextTests
{
    [Fact]
    public async Task Gradient_PrintsEachPartial()
    {
        var run = await Apps.RunAsync(AppVariant.Solution, "02-intermediate");

        // f(x, y) = x²y + sin x at (2, 3): ∂f/∂x = 2xy + cos x = 12 + cos 2, ∂f/∂y = x² = 4.
        Assert.Contains("∂f/∂x = " + Four(12 + Math.Cos(2)), run.Output, StringComparison.Ordinal);
        Assert.Contains("∂f/∂y = 4", run.Output, StringComparison.Ordinal);
        // The same f by one forward pass: the dual number's tangent is ∂f/∂x.
        Assert.Contains(" + " + (12 + Math.Cos(2)).ToString("G6", System.Globalization.CultureInfo.InvariantCulture) + "ε", run.Output, StringComparison.Ordinal);
        Assert.Contains("Jacobian by forward mode (3 passes", run.Output, StringComparison.Ordinal);
        Assert.Contains("Jacobian by reverse mode (2 passes", run.Output, StringComparison.Ordinal);
        Assert.Contains("training: step 60 / 60", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepThroughAndNarration_PrintTheSweep()
    {
        var run = await Apps.RunAsync(AppVariant.Solution, "04-mini-project-graph-sketch");
        // The point the app traces f at, read from its source.
        var point = System.Text.RegularExpressions.Regex.Match(
            File.ReadAllText(Apps.Path(AppVariant.Solution, "04-mini-project-graph-sketch")), @"var x = tape\.Variable\(([-\d.]+), ""x""\);");
        Assert.True(point.Success, "the app traces f at var x = tape.Variable(…, \"x\")");
        double x = double.Parse(point.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // f = x²y + sin x: the sweep starts at f with the seed and ends with ∂f/∂y = x².
        Assert.Contains("step 1: ∂f/∂f = 1 (the seed ∂f/∂f)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Backward pass, step by step", run.Output, StringComparison.Ordinal);
        Assert.Matches($@"∂f/∂y = [^\n]*= {System.Text.RegularExpressions.Regex.Escape(Four(x * x))}\b", run.Output);
    }

    private static string Four(double x) =>
        x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
