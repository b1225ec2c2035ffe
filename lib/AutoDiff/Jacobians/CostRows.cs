namespace AutoDiff;

/// <summary>The cost of one gradient of f: ℝⁿ → ℝ by forward mode (n passes) and reverse mode
/// (one trace and one sweep).</summary>
/// <param name="Inputs">n.</param>
/// <param name="ForwardOperations">n × (operations in one evaluation of f).</param>
/// <param name="ReverseOperations">Operations in the trace plus those the backward sweep visits.</param>
/// <param name="ForwardMilliseconds">Measured wall-clock time of the forward gradient (for charts only).</param>
/// <param name="ReverseMilliseconds">Measured wall-clock time of the reverse gradient (for charts only).</param>
public readonly record struct GradientCostRow(int Inputs, long ForwardOperations, long ReverseOperations,
    double ForwardMilliseconds, double ReverseMilliseconds);

/// <summary>The cost of a whole Jacobian of f: ℝⁿ → ℝᵐ by each mode, in primitive operations.</summary>
/// <param name="Inputs">n.</param>
/// <param name="Outputs">m.</param>
/// <param name="ForwardOperations">n passes × (operations in one evaluation of f).</param>
/// <param name="ReverseOperations">One trace plus m backward sweeps.</param>
public readonly record struct JacobianCostRow(int Inputs, int Outputs, long ForwardOperations, long ReverseOperations);
