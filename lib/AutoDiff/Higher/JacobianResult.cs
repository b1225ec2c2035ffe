namespace AutoDiff;

/// <summary>A Jacobian J[i, j] = ∂fᵢ/∂xⱼ (m rows, n columns) and what it cost to compute.</summary>
/// <param name="Matrix">J, one row per output, one column per input.</param>
/// <param name="Mode">"forward" (one JVP pass per input) or "reverse" (one VJP sweep per output).</param>
/// <param name="Passes">Forward passes (n) or backward sweeps (m).</param>
/// <param name="Operations">Primitive operations executed. Reverse mode: the trace plus every
/// backward sweep (operations each output depends on). Forward mode with a <see cref="Dual"/>
/// function: −1, because a Dual is two doubles with nowhere to count; <see cref="CostModel"/> counts
/// forward work on a traced copy of its function instead.</param>
public readonly record struct JacobianResult(double[,] Matrix, string Mode, int Passes, long Operations);
