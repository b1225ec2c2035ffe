namespace AutoDiff;

/// <summary>
/// Reverse-mode autodiff as functions: trace f once on a fresh <see cref="Tape"/>, then one
/// backward sweep gives the whole gradient (a vector-Jacobian product, VJP) for about the cost of
/// a few evaluations of f, however many inputs there are.
/// </summary>
public static class Reverse
{
    /// <summary>∇f(x) for f: ℝⁿ → ℝ: one forward trace and one backward sweep.</summary>
    public static double[] Grad(Func<Value[], Value> f, double[] x) => ValueAndGrad(f, x).Gradient;

    /// <summary>f(x) and ∇f(x) together.</summary>
    public static (double Value, double[] Gradient) ValueAndGrad(Func<Value[], Value> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        var tape = Tape.ForInputs(x.Length);
        var inputs = tape.Variables(x);
        var y = f(inputs);
        if (!y.IsTraced) return (y.Primal, new double[x.Length]); // f ignores its inputs
        tape.Backward(y);
        return (y.Primal, inputs.Select(v => v.Adjoint).ToArray());
    }

    /// <summary>f′(x) for f: ℝ → ℝ.</summary>
    public static double Derivative(Func<Value, Value> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Grad(v => f(v[0]), [x])[0];
    }

    /// <summary>The VJP uᵀJ(x) of f: ℝⁿ → ℝᵐ: one backward sweep seeded with <paramref name="u"/>.</summary>
    public static double[] Vjp(Func<Value[], Value[]> f, double[] x, double[] u)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(u);
        Guard.Inputs(x);
        var tape = Tape.ForInputs(x.Length);
        var inputs = tape.Variables(x);
        var ys = f(inputs);
        if (ys.Length != u.Length)
            throw new ArgumentException(FormattableString.Invariant($"f has {ys.Length} outputs but the cotangent has {u.Length} entries; give one per output."), nameof(u));
        // Σᵢ uᵢ·yᵢ has gradient uᵀJ; building it on the tape keeps to one sweep.
        Value sum = Value.Constant(0);
        for (int i = 0; i < ys.Length; i++) sum += ys[i] * u[i];
        if (!sum.IsTraced) return new double[x.Length];
        tape.Backward(sum);
        return inputs.Select(v => v.Adjoint).ToArray();
    }
}
