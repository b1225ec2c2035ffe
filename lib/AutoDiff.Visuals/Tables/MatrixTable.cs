namespace AutoDiff.Visuals;

/// <summary>Jacobian and Hessian matrices as tables with row and column headers.</summary>
public static class MatrixTable
{
    /// <summary>Most rows and columns shown; a larger matrix shows its top-left corner and says so.</summary>
    public const int MaxSide = 40;

    /// <summary>J[i, j] = ∂fᵢ/∂xⱼ with a caption naming the mode, passes and operations.</summary>
    public static string Jacobian(JacobianResult jacobian)
    {
        ArgumentNullException.ThrowIfNull(jacobian.Matrix);
        int m = jacobian.Matrix.GetLength(0), n = jacobian.Matrix.GetLength(1);
        string passes = jacobian.Mode == "reverse" ? "backward sweeps" : "forward passes";
        string ops = jacobian.IsCounted
            ? NumberText.Count(jacobian.Operations) + " primitive operations"
            : "operations not counted (dual numbers keep no record)";
        string caption = FormattableString.Invariant($"Jacobian J = ∂f/∂x ({m} × {n}) by {jacobian.Mode} mode: {jacobian.Passes} {passes}, {ops}");
        return Render(jacobian.Matrix, caption,
            Enumerable.Range(0, m).Select(i => "f" + TableHtml.Subscript(i)).ToList(),
            Enumerable.Range(0, n).Select(j => "∂/∂x" + TableHtml.Subscript(j)).ToList());
    }

    /// <summary>H[i, j] = ∂²f/∂xᵢ∂xⱼ (symmetric for smooth f).</summary>
    public static string Hessian(double[,] hessian, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        int n = hessian.GetLength(0);
        var names = labels ?? Enumerable.Range(0, n).Select(i => "x" + TableHtml.Subscript(i)).ToList();
        return Render(hessian, FormattableString.Invariant($"Hessian H = ∂²f/∂xᵢ∂xⱼ ({n} × {hessian.GetLength(1)})"),
            names.Select(l => "∂/∂" + l).ToList(), names.Select(l => "∂/∂" + l).ToList());
    }

    /// <summary>Any matrix with the given caption and headers (default: row i, column j).</summary>
    public static string Render(double[,] matrix, string caption, IReadOnlyList<string>? rowLabels = null, IReadOnlyList<string>? columnLabels = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int rows = matrix.GetLength(0), cols = matrix.GetLength(1);
        int shownRows = Math.Min(rows, MaxSide), shownCols = Math.Min(cols, MaxSide);
        var html = TableHtml.Open("autodiff-matrix", caption);
        TableHtml.HeaderRow(html, Enumerable.Repeat("", 1).Concat(Enumerable.Range(0, shownCols).Select(j => Label(columnLabels, j, "col "))));
        html.Append("<tbody>");
        for (int i = 0; i < shownRows; i++)
        {
            html.Append("<tr>");
            TableHtml.RowHeader(html, Label(rowLabels, i, "row "));
            for (int j = 0; j < shownCols; j++) TableHtml.Number(html, matrix[i, j]);
            html.Append("</tr>");
        }
        html.Append("</tbody>");
        return TableHtml.Close(html, shownRows < rows || shownCols < cols
            ? FormattableString.Invariant($"showing the top-left {shownRows} × {shownCols} of {rows} × {cols}")
            : null);
    }

    private static string Label(IReadOnlyList<string>? labels, int index, string fallback) =>
        labels is not null && index < labels.Count ? labels[index] : fallback + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
