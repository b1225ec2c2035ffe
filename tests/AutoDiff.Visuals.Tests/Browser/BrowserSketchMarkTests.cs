using System.Text.Json;
using AutoDiff.Sketch;

namespace AutoDiff.Visuals.Tests.Browser;

/// <summary>Sketch comparisons rendered by a real chromium: every mark's tag holds its word and
/// covers no other tag and no text of a node.</summary>
[Collection("Browser")]
[Trait("Category", "Browser")]
public sealed class BrowserSketchMarkTests(BrowserFixture browser)
{
    public static TheoryData<string> Mistakes => ["used-once", "wrong-operation", "extra-node", "wrong-derivative", "missing-node"];

    private static string Sketch(string mistake) => mistake switch
    {
        "used-once" => MiniProjectSketches.UsedOnce,
        "wrong-operation" => MiniProjectSketches.WrongOperation,
        "extra-node" => MiniProjectSketches.Correct + "\nc = cos x\nx -> c : -sin x",
        "wrong-derivative" => MiniProjectSketches.Correct.Replace("sq -> p  : y", "sq -> p  : 2x", StringComparison.Ordinal),
        _ => "x, y: input\np = x * y\ns = sin x\nf = p + s\nx -> p : y\ny -> p : x\nx -> s : cos x\np -> f : 1\ns -> f : 1",
    };

    private const string Script = """
        () => {
          const box = r => ({ x: r.x, y: r.y, w: r.width, h: r.height });
          const tags = [...document.querySelectorAll('rect.ad-mark-tag')].map(r => ({ text: r.nextElementSibling.textContent,
            box: box(r.getBoundingClientRect()), inner: box(r.nextElementSibling.getBoundingClientRect()) }));
          const texts = [...document.querySelectorAll('g.ad-node text')].map(t => ({ text: t.textContent, box: box(t.getBoundingClientRect()) }));
          return JSON.stringify({ tags, texts });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Drawn(string Text, Box Box, Box? Inner);

    private sealed record Marks(IReadOnlyList<Drawn> Tags, IReadOnlyList<Drawn> Texts);

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task SketchComparison_InBrowser_TagsAreReadableAndCoverNothing(string mistake)
    {
        var comparison = SketchComparison.Compare(GraphSketch.Parse(Sketch(mistake)), (x, y) => Value.Pow(x, 2) * y + Value.Sin(x), (1.2, 2.5), (-0.7, 1.9));
        var page = await browser.OpenAsync(HtmlPage.Wrap(mistake, SketchSvg.Comparison(comparison)), width: 1400);
        var marks = JsonSerializer.Deserialize<Marks>(await page.EvaluateAsync<string>(Script), Json)!;
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"sketch-{mistake}.png"), FullPage = true });
        await page.Context.CloseAsync();

        Assert.NotEmpty(marks.Tags);
        for (int i = 0; i < marks.Tags.Count; i++)
        {
            var tag = marks.Tags[i];
            Assert.True(tag.Box.Contains(tag.Inner!, slack: 1), $"{mistake}: the word '{tag.Text}' {tag.Inner} leaves its tag {tag.Box}");
            for (int j = i + 1; j < marks.Tags.Count; j++)
                Assert.False(tag.Box.Overlaps(marks.Tags[j].Box), $"{mistake}: tag '{tag.Text}' {tag.Box} covers tag '{marks.Tags[j].Text}' {marks.Tags[j].Box}");
            foreach (var text in marks.Texts)
                Assert.False(tag.Box.Overlaps(text.Box), $"{mistake}: tag '{tag.Text}' {tag.Box} covers the node text '{text.Text}' {text.Box}");
        }
    }
}
