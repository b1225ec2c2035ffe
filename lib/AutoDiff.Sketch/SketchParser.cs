namespace AutoDiff.Sketch;

/// <summary>
/// Reads the lines of a sketch: <c>x, y: input</c>, <c>name = one operation</c> and
/// <c>from -> to : local derivative</c>. Blank lines and comments (# or //) are skipped.
/// </summary>
internal static class SketchParser
{
    public static (List<SketchNode> Nodes, List<SketchEdge> Edges) Read(string text)
    {
        var nodes = new List<SketchNode>();
        var edges = new List<SketchEdge>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var tokens = SketchToken.Read(StripComment(lines[i]), i + 1);
            if (tokens[0].Kind == TokenKind.End) continue;
            var first = tokens[0];
            if (first.Kind != TokenKind.Name)
                throw new SketchFormatException(i + 1, first.Text, "a line starts with a node name: x, y: input, or sq = x^2, or x -> sq : 2x.");
            var next = tokens[1];
            if (next.Is(",") || next.Is(":")) nodes.AddRange(Inputs(tokens, i + 1));
            else if (next.Is("=")) nodes.Add(Definition(tokens, lines[i], i + 1));
            else if (next.Is("->")) edges.Add(Edge(tokens, lines[i], i + 1));
            else throw new SketchFormatException(i + 1, next.Text, next.Is("²") || next.Is("³")
                ? $"a name is letters and digits only: write {first.Text}2 or sq rather than {first.Text}{next.Text}."
                : $"after the name {first.Text} write '=' and its operation (sq = x^2), '->' for an edge (x -> sq : 2x), or ': input'.");
        }
        return (nodes, edges);
    }

    /// <summary><paramref name="line"/> without its comment (from # or //).</summary>
    internal static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal), slashes = line.IndexOf("//", StringComparison.Ordinal);
        int cut = hash < 0 ? slashes : slashes < 0 ? hash : Math.Min(hash, slashes);
        return cut < 0 ? line : line[..cut];
    }

    private static IEnumerable<SketchNode> Inputs(List<SketchToken> tokens, int line)
    {
        var names = new List<string>();
        int i = 0;
        while (true)
        {
            if (tokens[i].Kind != TokenKind.Name)
                throw new SketchFormatException(line, tokens[i].Text, "list the input names separated by commas: x, y: input.");
            names.Add(tokens[i].Text);
            i++;
            if (tokens[i].Is(":")) break;
            if (!tokens[i].Is(",")) throw new SketchFormatException(line, tokens[i].Text, "separate input names by commas and end with ': input' (x, y: input).");
            i++;
        }
        var kind = tokens[i + 1];
        if (kind.Kind != TokenKind.Name || kind.Text is not ("input" or "inputs") || tokens[i + 2].Kind != TokenKind.End)
            throw new SketchFormatException(line, kind.Text, "after ':' write 'input' (x, y: input). An operation is written with '=': sq = x^2.");
        return names.Select(n => new SketchNode(n, NodeKind.Input, Op.Input, [], "input", line));
    }

    private static SketchNode Definition(List<SketchToken> tokens, string text, int line)
    {
        string name = tokens[0].Text;
        var parser = new FormulaParser(tokens, 2, line);
        var formula = parser.Read($"the operation of {name}");
        string written = text[tokens[2].Column..tokens[parser.Position].Column].Trim();
        var (op, operands) = SketchOperation.Of(formula, name, written, line, tokens[2].Text);
        return new SketchNode(name, op == Op.Constant ? NodeKind.Constant : NodeKind.Operation, op, operands, written, line);
    }

    private static SketchEdge Edge(List<SketchToken> tokens, string text, int line)
    {
        var to = tokens[2];
        if (to.Kind != TokenKind.Name)
            throw new SketchFormatException(line, to.Text, "an edge joins two node names: x -> sq : 2x.");
        if (!tokens[3].Is(":"))
            throw new SketchFormatException(line, tokens[3].Text, $"write ':' and the local derivative after the edge: {tokens[0].Text} -> {to.Text} : ∂{to.Text}/∂{tokens[0].Text} as a formula (e.g. 2x).");
        var parser = new FormulaParser(tokens, 4, line);
        var formula = parser.Read($"the local derivative on the edge {tokens[0].Text} -> {to.Text}");
        string written = text[tokens[4].Column..].Trim();
        return new SketchEdge(tokens[0].Text, to.Text, StripComment(written).Trim(), line) { Formula = formula };
    }
}
