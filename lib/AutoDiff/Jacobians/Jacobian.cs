namespace AutoDiff;

/// <summary>
/// The Jacobian of f: ℝⁿ → ℝᵐ two ways. Forward mode gets one column Jeⱼ per pass (n passes);
/// reverse mode gets one row eᵢᵀJ per backward sweep (m sweeps over one trace). So forward wins for
/// tall Jacobians (few inputs, many outputs) and reverse for wide ones (many inputs, few outputs:
/// a gradient is the extreme case, m = 1).
/// </summary>
public static class Jacobian
{
    /// <summary>J by forward mode: n passes, pass j seeds the tangent eⱼ and reads column j. The
    /// result's <see cref="JacobianResult.Operations"/> is <see cref="JacobianResult.NotCounted"/>:
    /// dual numbers record nothing to count. Write f as a <see cref="VectorFunction"/> to have the
    /// operations counted.</summary>
    public static JacobianResult ForwardMode(Func<Dual[], Dual[]> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        var point = (double[])x.Clone();
        int n = point.Length;
        var direction = new double[n];
        double[,]? j = null;
        for (int column = 0; column < n; column++)
        {
            direction[column] = 1;
            var y = Outputs(f(Forward.Seed(point, direction)), j?.GetLength(0));
            direction[column] = 0;
            j ??= new double[y.Length, n];
            for (int row = 0; row < y.Length; row++) j[row, column] = y[row].Tangent;
        }
        return new JacobianResult(j!, "forward", n, JacobianResult.NotCounted);
    }

    /// <summary>
    /// J by reverse mode: trace f once, then one backward sweep per output i, seeded at yᵢ, reads
    /// row i from the inputs' adjoints; <see cref="Tape.ZeroGrad"/> between sweeps because backward
    /// accumulates.
    /// </summary>
    public static JacobianResult ReverseMode(Func<Value[], Value[]> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Inputs(x);
        var tape = Tape.ForInputs(x.Length);
        var inputs = tape.Variables((double[])x.Clone());
        var y = Outputs(f(inputs), null);
        var j = new double[y.Length, inputs.Length];
        long operations = TapeWork.Operations(tape);
        for (int row = 0; row < y.Length; row++)
        {
            if (!y[row].IsTraced) continue; // a constant output: its row is 0
            tape.ZeroGrad();
            tape.Backward(y[row]);
            operations += TapeWork.SweepOperations(tape, y[row].Index);
            for (int column = 0; column < inputs.Length; column++) j[row, column] = inputs[column].Adjoint;
        }
        return new JacobianResult(j, "reverse", y.Length, operations);
    }

    /// <summary>
    /// J by forward mode for a function written once for every number type: the same n passes as
    /// <see cref="ForwardMode(Func{Dual[], Dual[]}, double[])"/>, and this time the operations are
    /// counted — a pass with dual numbers runs exactly the primitive operations of one evaluation,
    /// which one trace of f on a <see cref="Tape"/> counts, so the total is n × that.
    /// </summary>
    public static JacobianResult ForwardMode(VectorFunction f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        var result = ForwardMode(f.Apply<Dual>, x);
        return result with { Operations = result.Passes * OperationsPerEvaluation(f, x) };
    }

    /// <summary>J by reverse mode for a function written once for every number type (same as
    /// <see cref="ReverseMode(Func{Value[], Value[]}, double[])"/>, which counts its operations).</summary>
    public static JacobianResult ReverseMode(VectorFunction f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        return ReverseMode(f.Apply<Value>, x);
    }

    // Operations that depend on the inputs; constant-only arithmetic (2.0 * 3.0) is not a primitive
    // of the traced function in either mode.
    private static long OperationsPerEvaluation(VectorFunction f, double[] x)
    {
        var tape = Tape.ForInputs(x.Length);
        f.Apply(tape.Variables((double[])x.Clone()));
        return TapeWork.Operations(tape);
    }

    private static T[] Outputs<T>(T[]? y, int? expected)
    {
        if (y is null || y.Length == 0)
            throw new InvalidOperationException("f returned no outputs; a Jacobian needs f to return at least one value.");
        if (expected is { } m && y.Length != m)
            throw new InvalidOperationException(FormattableString.Invariant($"f returned {y.Length} outputs after returning {m}; it must return the same number every time."));
        return y;
    }
}
