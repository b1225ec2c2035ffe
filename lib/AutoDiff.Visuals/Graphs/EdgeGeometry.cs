namespace AutoDiff.Visuals;

/// <summary>One edge as drawn: a smooth path from a port on the parent's right border to a port
/// on the child's left border, straight across any column it skips, and where its label pill sits.</summary>
internal sealed record EdgeShape(string PathData, double StartX, double StartY, double EndX, double EndY, double LabelX, double LabelY);

/// <summary>
/// Edge routing. Each node spreads its incoming edges down its left border and its outgoing
/// edges down its right border (sorted by where the other end is, so they do not cross at the
/// node and parallel edges such as x·x stay apart). Curves are cubic Béziers with horizontal
/// tangents; the label pill goes in the gap just before the child, where no node can be.
/// </summary>
internal static class EdgeGeometry
{
    private const int MaxPoints = 24;

    public static IReadOnlyList<EdgeShape> Route(IReadOnlyList<(int From, int To)> links, LayoutResult layout)
    {
        var firstHop = new (double X, double Y)[links.Count];
        var lastHop = new (double X, double Y)[links.Count];
        for (int i = 0; i < links.Count; i++)
        {
            var (from, to) = links[i];
            var bends = Bends(layout, from, to);
            firstHop[i] = bends.Count > 0 ? bends[0] : (layout.Boxes[to].X, layout.Boxes[to].CenterY);
            lastHop[i] = bends.Count > 0 ? bends[^1] : (layout.Boxes[from].Right, layout.Boxes[from].CenterY);
        }
        var outPort = Ports(links, layout, i => links[i].From, i => firstHop[i].Y);
        var inPort = Ports(links, layout, i => links[i].To, i => lastHop[i].Y);
        var shapes = new EdgeShape[links.Count];
        for (int i = 0; i < links.Count; i++)
        {
            var (from, to) = links[i];
            var source = layout.Boxes[from];
            var start = (source.Right, outPort[i]);
            var end = (layout.Boxes[to].X, inPort[i]);
            // A box narrower than its column first runs straight to the column's edge, so the
            // curve never cuts across a wider box above or below it.
            var path = new List<(double X, double Y)>();
            if (source.ColumnRight > source.Right + 0.5) path.Add((source.ColumnRight, outPort[i]));
            path.AddRange(Bends(layout, from, to));
            shapes[i] = Shape(start, path, end);
        }
        return shapes;
    }

    private static IReadOnlyList<(double X, double Y)> Bends(LayoutResult layout, int from, int to) =>
        layout.Bends.TryGetValue((from, to), out var b) ? b : [];

    // Port y for each edge at one end: the edges meeting a node share its border evenly, within
    // the straight part of the border (clear of the rounded corners).
    private static double[] Ports(IReadOnlyList<(int From, int To)> links, LayoutResult layout, Func<int, int> nodeOf, Func<int, double> otherY)
    {
        var ports = new double[links.Count];
        foreach (var group in Enumerable.Range(0, links.Count).GroupBy(nodeOf))
        {
            var box = layout.Boxes[group.Key];
            var order = group.OrderBy(otherY).ThenBy(i => i).ToList();
            double inset = box.Box.Radius + 2;
            double span = box.Box.Height - 2 * inset;
            for (int k = 0; k < order.Count; k++)
                ports[order[k]] = Math.Round(order.Count == 1 ? box.CenterY : box.Y + inset + span * k / (order.Count - 1), 2);
        }
        return ports;
    }

    private static EdgeShape Shape((double X, double Y) start, IReadOnlyList<(double X, double Y)> bends, (double X, double Y) end)
    {
        var points = new List<(double X, double Y)> { start };
        foreach (var p in bends.Append(end))
        {
            // A point in the middle of a horizontal run adds bytes, not shape: drop it, so an
            // edge that skips many layers stays a short path.
            if (points.Count >= 2 && Level(points[^2], points[^1]) && Level(points[^1], p)) points[^1] = p;
            else points.Add(p);
        }
        // A pathological edge weaving through many layers: one curve keeps the output bounded.
        if (points.Count > MaxPoints) points = [start, end];
        var d = new System.Text.StringBuilder();
        d.Append('M').Append(C(start.X)).Append(' ').Append(C(start.Y));
        for (int k = 1; k < points.Count; k++)
        {
            var (x0, y0) = points[k - 1];
            var (x1, y1) = points[k];
            double dx = (x1 - x0) / 2;
            d.Append(" C").Append(C(x0 + dx)).Append(' ').Append(C(y0)).Append(' ')
             .Append(C(x1 - dx)).Append(' ').Append(C(y1)).Append(' ')
             .Append(C(x1)).Append(' ').Append(C(y1));
        }
        var (lx, ly) = PointAtX(points[^2], end, end.X - GraphLayout.LayerGap / 2);
        return new EdgeShape(d.ToString(), start.X, start.Y, end.X, end.Y, lx, ly);
    }

    private static bool Level((double X, double Y) a, (double X, double Y) b) => Math.Abs(a.Y - b.Y) < 0.01;

    // x(t) of a Bézier with horizontal tangents is monotonic: bisect for the t where x = target.
    private static (double X, double Y) PointAtX((double X, double Y) p0, (double X, double Y) p1, double x)
    {
        if (x <= p0.X) return (Math.Round((p0.X + p1.X) / 2, 2), Math.Round((p0.Y + p1.Y) / 2, 2));
        double lo = 0, hi = 1;
        for (int k = 0; k < 40; k++)
        {
            double t = (lo + hi) / 2;
            if (Bezier(p0.X, p1.X, t) < x) lo = t; else hi = t;
        }
        double tt = (lo + hi) / 2;
        return (Math.Round(x, 2), Math.Round(p0.Y + (p1.Y - p0.Y) * Smooth(tt), 2));
    }

    // x(t) in Bernstein form; both control points sit at the horizontal midpoint.
    private static double Bezier(double a, double b, double t)
    {
        double m = (a + b) / 2, u = 1 - t;
        return u * u * u * a + 3 * u * u * t * m + 3 * u * t * t * m + t * t * t * b;
    }

    // y(t) for control points (y0, y0, y1, y1): y0 + (y1 − y0)(3t² − 2t³).
    private static double Smooth(double t) => t * t * (3 - 2 * t);

    private static string C(double v) => NumberText.Coordinate(v);
}
