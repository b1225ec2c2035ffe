namespace AutoDiff;

/// <summary>
/// Forward-mode autodiff with <see cref="Dual"/> numbers: one pass gives one directional
/// derivative (a Jacobian-vector product, JVP), so a full gradient of f: ℝⁿ → ℝ costs n passes.
/// </summary>
public static class Forward
{
    /// <summary>f′(x) for f: ℝ → ℝ, in one forward pass.</summary>
    public static double Derivative(Func<Dual, Dual> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f(Dual.Variable(x)).Tangent;
    }

    /// <summary>The JVP (f(x), ∇f(x)·v) of a scalar function along direction <paramref name="v"/>.</summary>
    public static (double Value, double Tangent) Jvp(Func<Dual[], Dual> f, double[] x, double[] v)
    {
        ArgumentNullException.ThrowIfNull(f);
        var y = f(Seed(x, v));
        return (y.Primal, y.Tangent);
    }

    /// <summary>The JVP J(x)·v of a vector function: one forward pass.</summary>
    public static (double[] Value, double[] Tangent) Jvp(Func<Dual[], Dual[]> f, double[] x, double[] v)
    {
        ArgumentNullException.ThrowIfNull(f);
        var y = f(Seed(x, v));
        return (y.Select(d => d.Primal).ToArray(), y.Select(d => d.Tangent).ToArray());
    }

    /// <summary>∇f(x) for f: ℝⁿ → ℝ: n forward passes, one per input direction eᵢ.</summary>
    public static double[] Grad(Func<Dual[], Dual> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        var grad = new double[x.Length];
        var inputs = new Dual[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            // Pass i seeds direction eᵢ. The inputs are refilled every pass (f may have written
            // to the array), but not reallocated: n passes of n inputs would otherwise be n² garbage.
            for (int j = 0; j < x.Length; j++) inputs[j] = new Dual(x[j], i == j ? 1 : 0);
            grad[i] = f(inputs).Tangent;
        }
        return grad;
    }

    internal static Dual[] Seed(double[] x, double[] v)
    {
        Guard.Inputs(x);
        ArgumentNullException.ThrowIfNull(v);
        if (v.Length != x.Length)
            throw new ArgumentException(FormattableString.Invariant($"The direction has {v.Length} entries but there are {x.Length} inputs; give one tangent per input."), nameof(v));
        var seeded = new Dual[x.Length];
        for (int i = 0; i < x.Length; i++) seeded[i] = new Dual(x[i], v[i]);
        return seeded;
    }
}
