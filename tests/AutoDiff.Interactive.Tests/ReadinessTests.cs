
namespace AutoDiff.Interactive.Tests;

/// <summary>The first notebook's one-line readiness check.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public void Check_WhenLibraryGraphsAndChartsWork_SaysReadyInOneLine()
    {
        string line = Readiness.Check();

        Assert.StartsWith("✔ Ready", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }
}
