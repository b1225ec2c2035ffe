namespace Lesson.Notebooks.Tests;

/// <summary>
/// What a real host must have produced for a notebook it executed: exit codes only say no cell
/// failed; these say the pictures were actually made in that host (the FSharp.Core clash makes
/// charts throw there, and a broken assembly load makes graphs throw).
/// </summary>
internal static class HostOutputs
{
    /// <summary>Notebooks that draw a Plotly chart and a computation graph.</summary>
    private static readonly string[] WithCharts = ["01-starter", "02-intermediate", "03-advanced", "04-mini-project-graph-sketch"];

    /// <summary>Notebooks whose checks display their result as a JSON document (which proves that the
    /// host bound AutoDiff.Interactive's reference to the exercise catalogue's assembly).</summary>
    private static readonly string[] WithChecks = ["01-starter", "02-intermediate", "03-advanced", "04-mini-project-graph-sketch", "05-quiz"];

    public static void AssertDrawn(string name, string executedJson)
    {
        Assert.DoesNotContain("Could not load file or assembly", executedJson, StringComparison.Ordinal);
        Assert.Contains("charts ready", executedJson, StringComparison.Ordinal);
        if (name == "00-start-here")
            Assert.Contains("✔ Ready", executedJson, StringComparison.Ordinal);
        if (WithCharts.Contains(name))
        {
            Assert.Contains("autodiff-chart", executedJson, StringComparison.Ordinal);
            Assert.Contains("<svg", executedJson, StringComparison.Ordinal);
        }
        if (WithChecks.Contains(name))
            Assert.Contains("\"application/vnd.lesson.exercise+json\"", executedJson, StringComparison.Ordinal);
        if (name == "03-advanced")
            AssertStepCostShown(executedJson);
    }

    /// <summary>The 1.2.40.7 experiment ran in this host: the comparison of one MLP step, scalar
    /// (65,818 entries) against fused (7,644 entries, 64,437 operands), is in the outputs. Only the
    /// counts are checked (none of them is in the cell's source or markdown): the times are measured
    /// in the cell and vary.</summary>
    private static void AssertStepCostShown(string executedJson)
    {
        foreach (var part in new[] { "fused/scalar", "65,818", "7,644", "64,437" })
            Assert.Contains(part, executedJson, StringComparison.Ordinal);
    }
}
