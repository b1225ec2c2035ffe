namespace AutoDiff;

/// <summary>
/// The ways <see cref="Numeric"/> can estimate f′(x) from values of f alone. With step h the
/// truncation error of each shrinks like a power of h, while rounding error grows like ε/h
/// (ε ≈ 2.2·10⁻¹⁶): that trade-off is the V shape of <see cref="Numeric.StepSweep"/>.
/// </summary>
public enum DifferenceMethod
{
    /// <summary>(f(x + h) − f(x)) / h, error O(h).</summary>
    Forward,
    /// <summary>(f(x) − f(x − h)) / h, error O(h).</summary>
    Backward,
    /// <summary>(f(x + h) − f(x − h)) / 2h, error O(h²).</summary>
    Central,
    /// <summary>(−f(x + 2h) + 8f(x + h) − 8f(x − h) + f(x − 2h)) / 12h, error O(h⁴).</summary>
    FivePoint,
    /// <summary>Im f(x + ih) / h for f analytic: no subtraction, so no cancellation; error O(h²)
    /// with h as small as 10⁻²⁰. Needs f over complex numbers (<see cref="Numeric.ComplexStep"/>).</summary>
    ComplexStep,
    /// <summary>Richardson extrapolation of central differences at h, h/2, h/4: each level cancels
    /// the next even power of h, error O(h⁶).</summary>
    Richardson,
}

/// <summary>One row of a step-size sweep: the estimate of f′(x) a method gives with step h and its
/// distance from the exact derivative.</summary>
/// <param name="Method">The difference formula.</param>
/// <param name="Step">The step h.</param>
/// <param name="Estimate">The method's estimate of f′(x).</param>
/// <param name="AbsoluteError">|estimate − exact|.</param>
public readonly record struct StepError(DifferenceMethod Method, double Step, double Estimate, double AbsoluteError);
