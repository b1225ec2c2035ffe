namespace AutoDiff;

/// <summary>
/// The Hessian H[i, j] = ∂²f/∂xᵢ∂xⱼ of a scalar function f: ℝⁿ → ℝ by forward over forward mode:
/// H[i, j] = d/da d/db f(x + a·eᵢ + b·eⱼ) at a = b = 0, with the two derivative calls tagged apart
/// by <see cref="Nested"/>.
/// </summary>
public static class Hessian
{
    /// <summary>
    /// Computes every entry with its own nested pass (n² passes). H[i, j] and H[j, i] are computed
    /// separately, so the symmetry of the result (Schwarz's theorem for smooth f) is a check of the
    /// nested arithmetic, not an assumption.
    /// </summary>
    public static double[,] Compute(Func<NestedDual[], NestedDual> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        var point = (double[])x.Clone();
        int n = point.Length;
        var h = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int row = i, column = j;
                h[i, j] = Nested.Derivative(
                    a => Nested.Derivative(b => f(Shifted(point, row, a, column, b)), NestedDual.Zero),
                    0.0);
            }
        }
        return h;
    }

    // x + a·eᵢ + b·eⱼ: only coordinates i and j carry perturbations.
    private static NestedDual[] Shifted(double[] x, int i, NestedDual a, int j, NestedDual b)
    {
        var shifted = new NestedDual[x.Length];
        for (int k = 0; k < x.Length; k++) shifted[k] = NestedDual.Constant(x[k]);
        shifted[i] += a;
        shifted[j] += b;
        return shifted;
    }
}
