using PlotlyJsReader;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AutoDiff.Visuals.Tests;

/// <summary>Chart → HTML: deterministic, carries its data, escapes text, inlines plotly.js in pages.</summary>
public sealed partial class ChartHtmlTests
{
    [GeneratedRegex("<script type=\"application/json\" id=\"([^\"]+)-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataScript();

    [Fact]
    public void Render_SameChart_GivesSameBytes()
    {
        Assert.Equal(ChartHtml.Render(ErrorChart.Create()), ChartHtml.Render(ErrorChart.Create()));
    }

    [Fact]
    public void Render_DifferentCharts_GetDifferentContentIds()
    {
        string a = DataScript().Match(ChartHtml.Render(ErrorChart.Create())).Groups[1].Value;
        string b = DataScript().Match(ChartHtml.Render(CostChart.Jacobian(CostModel.JacobianCost(4, [1, 4, 16])))).Groups[1].Value;
        Assert.StartsWith("adchart-", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", a);   // no GUIDs
    }

    [Fact]
    public void Render_CarriesThePlotlyJsonOfTheChart()
    {
        var chart = ErrorChart.Create();
        var match = DataScript().Match(ChartHtml.Render(chart));
        Assert.True(match.Success);
        using var embedded = JsonDocument.Parse(match.Groups[2].Value);
        using var direct = JsonDocument.Parse(ChartHtml.FigureJson(chart));
        Assert.Equal(direct.RootElement.GetProperty("data").GetArrayLength(), embedded.RootElement.GetProperty("data").GetArrayLength());
        Assert.True(embedded.RootElement.GetProperty("data").GetArrayLength() >= 8);
    }

    [Fact]
    public void Render_HostileFunctionName_IsEscapedInDataAndCaption()
    {
        const string hostile = "</script><script>alert(1)</script>";
        var chart = ErrorChart.Create(hostile, Math.Sin, 1, Math.Cos(1));
        string html = ChartHtml.Render(chart);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var match = DataScript().Match(html);
        using var data = JsonDocument.Parse(match.Groups[2].Value);
        string title = data.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!;
        Assert.Contains(hostile, title, StringComparison.Ordinal);   // the text survives, as text
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Fragment_StaysSmall()
    {
        Assert.True(ChartHtml.Render(ErrorChart.Create()).Length < 200_000);
        Assert.DoesNotContain(EmbeddedPlotlyJs.InlineSource[..200], ChartHtml.Render(CostChart.Jacobian()), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedPlotlyJs_IsTheBundledPlotlyJs_SafeInsideScriptTags()
    {
        string js = EmbeddedPlotlyJs.InlineSource;
        Assert.True(js.Length > 1_000_000, $"plotly.js is {js.Length} characters");
        Assert.Contains("newPlot", js, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", js, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^\d+\.\d+\.\d+$", EmbeddedPlotlyJs.Version);
    }

    [Fact]
    public void Page_InlinesPlotlyJsOnce_AndEveryChart()
    {
        string page = ChartHtml.Page("two charts", ErrorChart.Create(), CostChart.Jacobian());
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(page, Regex.Escape(EmbeddedPlotlyJs.InlineSource[..200])));
        Assert.Equal(2, DataScript().Count(page));
        Assert.DoesNotContain("<script src=", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_WritesTheSelfContainedPage()
    {
        string path = Path.Combine(Path.GetTempPath(), "autodiff-chart-test", "error.html");
        var chart = ErrorChart.Create();
        string written = ChartHtml.Save(chart, path);
        Assert.Equal(ChartHtml.Page(chart), File.ReadAllText(written));
    }

    [Fact]
    public void Title_StripsPlotlyMarkup()
    {
        Assert.Equal("Cost of a whole Jacobian of f: ℝ^4 → ℝ^m, wide (m < n) vs tall (m > n)",
            ChartHtml.Title(CostChart.Jacobian(CostModel.JacobianCost(4, [1, 2]))));
    }
}
