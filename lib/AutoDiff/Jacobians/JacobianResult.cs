namespace AutoDiff;

/// <summary>A Jacobian J[i, j] = ∂fᵢ/∂xⱼ (m rows, n columns) and what it cost to compute.</summary>
/// <param name="Matrix">J, one row per output, one column per input.</param>
/// <param name="Mode">"forward" (one JVP pass per input) or "reverse" (one VJP sweep per output).</param>
/// <param name="Passes">Forward passes (n) or backward sweeps (m).</param>
/// <param name="Operations">Primitive operations executed, or <see cref="NotCounted"/>. Reverse mode
/// counts the trace plus every backward sweep (the operations each output depends on). Forward mode
/// counts n × the operations of one evaluation when f is a <see cref="VectorFunction"/> (one trace
/// counts them); for a plain <c>Func&lt;Dual[], Dual[]&gt;</c> it cannot: a <see cref="Dual"/> is two
/// doubles that record nothing, and counting inside Dual would need hidden static state and slow
/// every operation.</param>
public readonly record struct JacobianResult(double[,] Matrix, string Mode, int Passes, long Operations)
{
    /// <summary>The <see cref="Operations"/> of a forward-mode Jacobian: −1, "not counted".</summary>
    public const long NotCounted = -1;

    /// <summary>True when <see cref="Operations"/> holds a real count.</summary>
    public bool IsCounted => Operations != NotCounted;
}
