using System.Globalization;
using System.Text;
using AutoDiff.Visuals;

namespace AutoDiff.Interactive;

/// <summary>
/// Short plain-text forms of the lesson's views, for a terminal: numbers in full (round-trip)
/// precision, tables as aligned columns, graphs summarised (the drawing is on the page).
/// </summary>
internal static class TextViews
{
    /// <summary>A constant's number, or a traced value with the size of its graph.</summary>
    public static string Value(Value value) => value.IsTraced
        ? $"{value} — its computation graph ({value.ToGraph().Nodes.Count} nodes) is drawn in the page"
        : value.ToString();

    /// <summary>"computation graph: n nodes, m edges, output f = 3.5" (the drawing is in the page).</summary>
    public static string Graph(ComputationGraph graph)
    {
        var output = graph.Node(graph.OutputId);
        return Inv($"computation graph: {graph.Nodes.Count} nodes, {graph.Edges.Count} edges, output {output.DisplayName} = {N(output.Primal)} (drawn in the page)");
    }

    /// <summary>The Jacobian's entries and how they were computed.</summary>
    public static string Jacobian(JacobianResult jacobian)
    {
        string cost = jacobian.IsCounted ? Inv($", {jacobian.Operations:N0} operations") : "";
        return Inv($"Jacobian by {jacobian.Mode} mode ({jacobian.Passes} passes{cost}):") + "\n" + Matrix(jacobian.Matrix, null);
    }

    /// <summary>A matrix as right-aligned columns, with row and column labels when given.</summary>
    public static string Matrix(double[,] matrix, IReadOnlyList<string>? labels)
    {
        int rows = matrix.GetLength(0), columns = matrix.GetLength(1);
        var cells = new string[rows + 1, columns + 1];
        cells[0, 0] = "";
        for (int j = 0; j < columns; j++) cells[0, j + 1] = Label(labels, j);
        for (int i = 0; i < rows; i++)
        {
            cells[i + 1, 0] = Label(labels, i);
            for (int j = 0; j < columns; j++) cells[i + 1, j + 1] = N(matrix[i, j]);
        }
        return Columns(cells);
    }

    /// <summary>One line per input: "∂f/∂x = 12.58".</summary>
    public static string Gradient(IReadOnlyList<double> values, IReadOnlyList<string>? labels) =>
        string.Join("\n", values.Select((v, i) => $"∂f/∂{Label(labels, i)} = {N(v)}"));

    /// <summary>The check's verdict and one line per input (analytic against numeric).</summary>
    public static string GradCheck(GradCheckReport report) =>
        report.Summary + "\n" + string.Join("\n", report.Entries.Select(e =>
            Inv($"  {(e.Pass ? "✔" : "✘")} {e.Label}: reverse mode {N(e.Analytic)}, central difference {N(e.Numeric)}, relative error {e.RelativeError:E1}")));

    /// <summary>The reverse sweep, one line per visited node: its adjoint ∂f/∂v as the sum of
    /// upstream adjoint × local derivative over the edges leaving it (f named after the output).</summary>
    public static string Backprop(ComputationGraph graph)
    {
        string output = Operand(graph.Node(graph.OutputId).DisplayName);
        var text = new StringBuilder("Backward pass, step by step (step through it in the page):");
        foreach (var frame in BackpropSteps.Frames(graph))
        {
            string sum = frame.IsSeed
                ? $"1 (the seed ∂{output}/∂{output})"
                : string.Join(" + ", frame.Terms.Select(t => $"{N(t.UpstreamAdjoint)} × {N(t.LocalDerivative)}")) + " = " + N(frame.Adjoint);
            text.Append(Inv($"\n  step {frame.Step}: ∂{output}/∂{Operand(frame.Node.DisplayName)} = {sum}")).Append(Sends(frame));
        }
        return text.ToString();
    }

    // A fused node passes its adjoint back over each of its n edges, the operands named as in the
    // table: "; back over its 5 edges: w₀ (w0) += −0.9941 × 2 = −1.988, …".
    private static string Sends(BackpropFrame frame)
    {
        if (!frame.IsFused) return "";
        int n = frame.Sends.Count + frame.OmittedSends;
        var primitive = Primitives.Of(frame.Node.Op);
        var sends = frame.Sends.Select(s =>
        {
            string role = primitive.OperandName(s.Edge.Operand, n), name = s.Operand.DisplayName;
            return Inv($"{(name == role ? name : $"{name} ({role})")} += {N(s.Adjoint)} × {N(s.LocalDerivative)} = {N(s.Product)}");
        });
        string more = frame.OmittedSends > 0 ? Inv($", … {frame.OmittedSends} more") : "";
        return Inv($"; back over its {n} {(n == 1 ? "edge" : "edges")}: {string.Join(", ", sends)}{more}");
    }

    // "sin x²" reads as one operand only in brackets: ∂h/∂(sin x²).
    private static string Operand(string name) => name.Contains(' ', StringComparison.Ordinal) ? $"({name})" : name;

    /// <summary>"training: step 6 / 60, loss 0.52, accuracy 80 %".</summary>
    public static string Progress(TrainingProgressView view)
    {
        int done = Math.Clamp(view.Latest.Step + 1, 0, view.TotalSteps);
        return Inv($"training: step {done} / {view.TotalSteps}, loss {N(view.Latest.Loss)}, accuracy {100 * view.Latest.Accuracy:0.#} %");
    }

    /// <summary>Any other value: numbers round-trip and culture-invariant, null as "null".</summary>
    public static string Other(object? value) => value switch
    {
        null => "null",
        string s => s,
        double d => N(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string N(double x) => NumberText.Format(x);

    private static string Label(IReadOnlyList<string>? labels, int i) =>
        labels is not null && i < labels.Count ? labels[i] : "x" + Subscript(i);

    // x₀, x₁, …: the default names the HTML tables use too.
    private static string Subscript(int i) =>
        string.Concat(i.ToString(CultureInfo.InvariantCulture).Select(c => (char)('₀' + (c - '0'))));

    private static string Columns(string[,] cells)
    {
        int rows = cells.GetLength(0), columns = cells.GetLength(1);
        var widths = Enumerable.Range(0, columns).Select(j => Enumerable.Range(0, rows).Max(i => cells[i, j].Length)).ToArray();
        var lines = Enumerable.Range(0, rows).Select(i =>
            string.Join("  ", Enumerable.Range(0, columns).Select(j => cells[i, j].PadLeft(widths[j]))).TrimEnd());
        return string.Join("\n", lines);
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
