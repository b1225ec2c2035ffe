using System.Text.Json;
using Plotly.NET;

namespace AutoDiff.Visuals.Tests;

/// <summary>Reads a chart's Plotly JSON back, as a browser would receive it.</summary>
internal static class ChartJson
{
    public static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(ChartHtml.FigureJson(chart)).RootElement;

    public static IReadOnlyList<JsonElement> Traces(GenericChart chart) => [.. Figure(chart).GetProperty("data").EnumerateArray()];

    public static JsonElement Trace(GenericChart chart, string name) =>
        Traces(chart).Single(t => t.GetProperty("name").GetString() == name);

    public static double[] Numbers(JsonElement trace, string key) => [.. trace.GetProperty(key).EnumerateArray().Select(e => e.GetDouble())];

    public static string[] Texts(JsonElement trace, string key) => [.. trace.GetProperty(key).EnumerateArray().Select(e => e.GetString() ?? "")];

    public static string AxisTitle(GenericChart chart, string axis) =>
        Figure(chart).GetProperty("layout").GetProperty(axis).GetProperty("title").GetProperty("text").GetString() ?? "";
}
