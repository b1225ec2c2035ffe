using Microsoft.DotNet.Interactive.Formatting;

namespace AutoDiff.Interactive.Tests;

/// <summary>Lesson.Setup: installs the resolver, registers formatters once, prints one line; twice is harmless.</summary>
[Collection("Formatter state")]
public sealed class SetupTests
{
    private static int OurRegistrations() => Formatter.RegisteredFormatters(includeDefaults: false)
        .Count(f => f.MimeType == "text/html" && Formatters.FormattedTypes.Contains(f.Type));

    [Fact]
    public void Setup_Twice_RegistersEachFormatterOnce()
    {
        Lesson.Setup();
        int once = OurRegistrations();
        Lesson.Setup();
        Assert.Equal(once, OurRegistrations());
        Assert.Equal(Formatters.FormattedTypes.Count, once);
        Assert.True(AssemblyUnifier.IsInstalled);
    }

    [Fact]
    public void Setup_PrintsOneBannerLine_WithVersionAndCharts()
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            Lesson.Setup();
        }
        finally
        {
            Console.SetOut(original);
        }
        string[] lines = captured.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string banner = Assert.Single(lines);
        Assert.Contains("AutoDiff lesson 1.2.40", banner, StringComparison.Ordinal);
        Assert.Contains("charts ready", banner, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_OutsideAKernel_ReturnsNull()
    {
        Assert.Null(Lesson.Display(new HtmlFragment("<b>x</b>")));
    }
}
