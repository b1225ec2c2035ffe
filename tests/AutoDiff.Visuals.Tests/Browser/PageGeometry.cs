using System.Text.Json;
using Microsoft.Playwright;

namespace AutoDiff.Visuals.Tests.Browser;

public sealed record Box(double X, double Y, double W, double H)
{
    public double Right => X + W;
    public double Bottom => Y + H;

    public bool Overlaps(Box o) => X < o.Right && o.X < Right && Y < o.Bottom && o.Y < Bottom;

    public bool Contains(Box inner, double slack = 0) =>
        inner.X >= X - slack && inner.Right <= Right + slack && inner.Y >= Y - slack && inner.Bottom <= Bottom + slack;
}

public sealed record DrawnText(string Text, Box Box);

public sealed record DrawnNode(string Id, string Kind, Box Box, IReadOnlyList<DrawnText> Texts);

public sealed record DrawnEdge(string From, string To, double X1, double Y1, double X2, double Y2);

public sealed record DrawnPill(string From, string To, Box Box, DrawnText Text);

/// <summary>What the browser actually laid out for one graph SVG, read with getBBox and the
/// path geometry API (user units = CSS px: the graph SVG has no transforms).</summary>
public sealed record PageGeometry(IReadOnlyList<DrawnNode> Nodes, IReadOnlyList<DrawnEdge> Edges, IReadOnlyList<DrawnPill> Pills)
{
    private const string Script = """
        (selector) => {
          const svg = document.querySelector(selector);
          const box = b => ({ x: b.x, y: b.y, w: b.width, h: b.height });
          const text = t => ({ text: t.textContent, box: box(t.getBBox()) });
          const nodes = [...svg.querySelectorAll('g.ad-node')].map(g => ({
            id: g.dataset.nodeId, kind: g.dataset.kind,
            box: box(g.querySelector('rect.ad-node-box').getBBox()),
            texts: [...g.querySelectorAll('text')].map(text) }));
          const edges = [...svg.querySelectorAll('path.ad-edge')].map(p => {
            const a = p.getPointAtLength(0), b = p.getPointAtLength(p.getTotalLength());
            return { from: p.dataset.from, to: p.dataset.to, x1: a.x, y1: a.y, x2: b.x, y2: b.y }; });
          const pills = [...svg.querySelectorAll('g.ad-edge-label')].map(g => ({
            from: g.dataset.from, to: g.dataset.to, box: box(g.querySelector('rect').getBBox()), text: text(g.querySelector('text')) }));
          return JSON.stringify({ nodes, edges, pills });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<PageGeometry> ReadAsync(IPage page, string selector = "svg.autodiff-graph")
    {
        string json = await page.EvaluateAsync<string>(Script, selector);
        return JsonSerializer.Deserialize<PageGeometry>(json, Json)
            ?? throw new InvalidOperationException("The page returned no geometry.");
    }
}
