namespace AutoDiff.Sketch;

/// <summary>Reads the numbers of a sketch at a point, one line per node:
/// <c>name: value 1.44, grad 2.5</c> (either part may come alone; each number may be a
/// calculation such as 2*1.2 + cos(1.2)). Blank lines and comments (# or //) are skipped, as in the sketch.</summary>
internal static class SketchValuesParser
{
    public static Dictionary<string, SketchNumbers> Read(string text, GraphSketch sketch)
    {
        var numbers = new Dictionary<string, SketchNumbers>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int line = i + 1;
            var tokens = SketchToken.Read(SketchParser.StripComment(lines[i]), line);
            if (tokens[0].Kind == TokenKind.End) continue;
            var name = tokens[0];
            if (name.Kind != TokenKind.Name || !sketch.Nodes.Any(n => n.Name == name.Text))
                throw new SketchFormatException(line, name.Text,
                    $"a line starts with a node of the sketch ({string.Join(", ", sketch.Nodes.Select(n => n.Name))}), then ': value …, grad …'.");
            if (numbers.TryGetValue(name.Text, out var before))
                throw new SketchFormatException(line, name.Text, $"{name.Text} already has its numbers on line {before.Line}: one line per node.");
            int at = tokens[1].Is(":") ? 2 : 1;
            double? value = null, adjoint = null;
            while (tokens[at].Kind != TokenKind.End)
            {
                var key = tokens[at];
                if (key.Kind != TokenKind.Name || key.Text is not ("value" or "grad"))
                    throw new SketchFormatException(line, key.Text, $"write 'value' or 'grad' and a number: {name.Text}: value …, grad ….");
                var parser = new FormulaParser(tokens, at + 1, line);
                var formula = parser.Read($"the {key.Text} of {name.Text}", ",");
                if (formula.Names() is [var used, ..])
                    throw new SketchFormatException(line, used, $"a {key.Text} is a number or a calculation with numbers (2*1.2 + cos(1.2)); {used} is a name.");
                double number = formula.Evaluate(_ => double.NaN);
                if (key.Text == "value") value = number; else adjoint = number;
                at = parser.Position;
                if (tokens[at].Is(",")) at++;
            }
            numbers[name.Text] = new SketchNumbers(value, adjoint, line);
        }
        return numbers;
    }
}
