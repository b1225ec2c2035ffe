namespace AutoDiff.Sketch;

/// <summary>
/// Checks the numbers a learner filled into a sketch that matches f: forward values from the
/// inputs to the output, then adjoints from the output back. The first wrong number is named with
/// why: which factor a value leaves out, which path is missing from an adjoint's sum, which factor
/// from one of its products. Hand-computed numbers pass to 3 significant digits.
/// </summary>
internal static class SketchNumbersCheck
{
    public static IReadOnlyList<SketchDifference> FirstWrong(SketchComparison comparison, SketchMatcher m)
    {
        var sketch = comparison.Sketch;
        var trace = comparison.Traced;
        double Expected(string n) => m.ValueAt(0, n);
        foreach (var node in sketch.Nodes)
        {
            if (Given(sketch, node.Name, value: true) is not { } got) return [Missing(node.Name, "value")];
            double expected = Expected(node.Name);
            if (!Close(got, expected)) return [WrongValue(node, got, expected, Expected)];
        }
        string output = sketch.Output.Name;
        foreach (var node in sketch.Nodes.Reverse().Where(n => n.Kind != NodeKind.Constant))
        {
            if (Given(sketch, node.Name, value: false) is not { } got) return [Missing(node.Name, "grad")];
            int id = m.ToTrace[node.Name];
            double expected = trace.Adjoint(0, id);
            if (Close(got, expected)) continue;
            string why = node.Kind == NodeKind.Output
                ? $"The backward pass starts at the output with ∂{output}/∂{output} = 1."
                : AdjointWhy(node.Name, id, got, sketch, m, trace);
            return [new(SketchDifferenceKind.WrongAdjoint, $"The grad of {node.Name} is {MessageNumber.Text(expected)}, not {MessageNumber.Text(got)}. {why}") { SketchNode = node.Name }];
        }
        return [];
    }

    private static double? Given(GraphSketch sketch, string name, bool value) =>
        sketch.Numbers.TryGetValue(name, out var n) ? value ? n.Value : n.Adjoint : null;

    private static SketchDifference Missing(string name, string what) =>
        new(SketchDifferenceKind.MissingNumber, $"{name} has no {what} yet: add it to its line ({name}: value …, grad …).") { SketchNode = name };

    /// <summary>Hand-computed numbers: right to about 3 significant digits.</summary>
    private static bool Close(double got, double expected) => Math.Abs(got - expected) <= 1e-3 * Math.Max(1, Math.Abs(expected));

    private static SketchDifference WrongValue(SketchNode node, double got, double expected, Func<string, double> value)
    {
        string text = node.Kind == NodeKind.Input
            ? $"{node.Name} is an input: its value is the point's {node.Name} = {MessageNumber.Text(expected)}, not {MessageNumber.Text(got)}."
            : $"The value of {node.Name} = {node.Definition} is {MessageNumber.Text(expected)}, not {MessageNumber.Text(got)}.{ValueWhy(node, got, value)}";
        return new(SketchDifferenceKind.WrongValue, text) { SketchNode = node.Name };
    }

    private static string ValueWhy(SketchNode node, double got, Func<string, double> value)
    {
        var operands = node.Operands.Select(o => (Name: o.Node ?? MessageNumber.Text(o.Constant), Value: o.IsConstant ? o.Constant : value(o.Node!))).ToList();
        string withNumbers = $" With the operands' values: {string.Join(", ", operands.Where(o => o.Name != MessageNumber.Text(o.Value)).Select(o => $"{o.Name} = {MessageNumber.Text(o.Value)}"))}.";
        if (node.Op is Op.Mul or Op.Add && operands.Count == 2)
            for (int i = 0; i < 2; i++)
                if (Close(got, operands[i].Value))
                    return $" That is {operands[i].Name} alone: the {(node.Op == Op.Mul ? "product needs the factor" : "sum needs the term")} {operands[1 - i].Name} too.";
        if (node.Op is Op.Sin or Op.Cos or Op.Tan && Close(got, Primitives.Of(node.Op).Primal(operands[0].Value * Math.PI / 180)))
            return $" That is {Primitives.Of(node.Op).Symbol} of {MessageNumber.Text(operands[0].Value)} degrees: {Primitives.Of(node.Op).Symbol} takes radians.";
        if (node.Op == Op.PowConst && Close(got, operands[0].Value * operands[1].Value))
            return $" That is {operands[1].Name}·{operands[0].Name}, not {operands[0].Name} to the power {operands[1].Name}.";
        return withNumbers.Length > " With the operands' values: .".Length ? withNumbers : "";
    }

    // adjoint(n) = Σ over edges n → c of adjoint(c) · ∂c/∂n. Find the simplest way the learner's
    // number leaves out a path or a factor: each term full, without adjoint(c), without ∂c/∂n, or absent.
    private static string AdjointWhy(string name, int id, double got, GraphSketch sketch, SketchMatcher m, TracedPoints trace)
    {
        var users = sketch.Nodes.Where(n => m.Operands(n).Contains(name)).ToList();
        var terms = users.Select(u => (Name: u.Name, Up: trace.Adjoint(0, m.ToTrace[u.Name]), Local: trace.Local(0, id, m.ToTrace[u.Name]))).ToList();
        string output = sketch.Output.Name;
        string sum = string.Join(" + ", terms.Select(t => $"∂{output}/∂{t.Name} · ∂{t.Name}/∂{name} = {MessageNumber.Text(t.Up)} · {MessageNumber.Text(t.Local)}"));
        string rule = terms.Count == 1
            ? $"∂{output}/∂{name} is a product along the one edge out of {name}: {sum}."
            : $"∂{output}/∂{name} adds one term per edge out of {name}: {sum}.";
        if (terms.Count is 0 or > 6) return rule;
        (int Changes, int[] Choice)? best = null;
        int combos = (int)Math.Pow(4, terms.Count);
        for (int code = 0; code < combos; code++)
        {
            var choice = Enumerable.Range(0, terms.Count).Select(i => code / (int)Math.Pow(4, i) % 4).ToArray();
            double total = 0;
            for (int i = 0; i < terms.Count; i++)
                total += choice[i] switch { 0 => terms[i].Up * terms[i].Local, 1 => terms[i].Local, 2 => terms[i].Up, _ => 0 };
            int changes = choice.Count(c => c != 0);
            if (changes > 0 && Close(got, total) && (best is null || changes < best.Value.Changes)) best = (changes, choice);
        }
        if (best is not { } found) return rule;
        var notes = new List<string>();
        for (int i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            notes.Add(found.Choice[i] switch
            {
                1 => $"on the path through {t.Name} the factor ∂{output}/∂{t.Name} = {MessageNumber.Text(t.Up)} (the grad of {t.Name}) is missing from the product",
                2 => $"on the path through {t.Name} the factor ∂{t.Name}/∂{name} = {MessageNumber.Text(t.Local)} (the edge's local derivative) is missing from the product",
                3 => $"the path through {t.Name} is missing from the sum",
                _ => "",
            });
        }
        return $"{Capitalize(string.Join("; ", notes.Where(n => n.Length > 0)))}. {rule}";
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

}
