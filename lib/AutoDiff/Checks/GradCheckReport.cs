namespace AutoDiff;

/// <summary>What <see cref="GradCheck.Check"/> found.</summary>
/// <param name="Entries">One comparison per input, in input order.</param>
/// <param name="Passed">True when every input passes.</param>
/// <param name="Culprit">When the check fails or meets NaN/±∞: the first graph node whose local
/// derivative disagrees with its own function, or where a non-finite value first appeared; else null.</param>
/// <param name="Summary">The verdict in one or two sentences.</param>
/// <param name="Graph">The traced graph (null when f does not depend on its inputs).</param>
public sealed record GradCheckReport(IReadOnlyList<GradCheckEntry> Entries, bool Passed, NodeDiagnosis? Culprit,
    string Summary, ComputationGraph? Graph);

/// <summary>One input's analytic derivative (reverse mode) against its numeric one (central differences).</summary>
/// <param name="Input">The input's position in x.</param>
/// <param name="Label">The input's label (x0, x1, … unless f named it).</param>
/// <param name="Analytic">∂f/∂xᵢ by reverse mode.</param>
/// <param name="Numeric">(f(x + eps·eᵢ) − f(x − eps·eᵢ)) / 2eps.</param>
/// <param name="AbsoluteError">|analytic − numeric|.</param>
/// <param name="RelativeError">|analytic − numeric| / |numeric| (0 when both are 0, ∞ when only numeric is).</param>
/// <param name="Pass">|analytic − numeric| ≤ atol + rtol·|numeric|, both finite.</param>
public readonly record struct GradCheckEntry(int Input, string Label, double Analytic, double Numeric,
    double AbsoluteError, double RelativeError, bool Pass);

/// <summary>A graph node that explains a failed gradient check.</summary>
/// <param name="NodeId">The node's id (its index on the tape and in <see cref="GradCheckReport.Graph"/>).</param>
/// <param name="Name">The node's display name, e.g. "log x0" or its label.</param>
/// <param name="Op">The node's primitive.</param>
/// <param name="Problem">What is wrong, in words, e.g. "log of a negative number (a = -1)".</param>
public sealed record NodeDiagnosis(int NodeId, string Name, Op Op, string Problem);
