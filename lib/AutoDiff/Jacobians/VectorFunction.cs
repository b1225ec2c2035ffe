namespace AutoDiff;

/// <summary>
/// A function f: ℝⁿ → ℝᵐ written once for every number type. C# lambdas cannot be generic but a
/// method can, so the function is a class with one generic method:
/// <code>
/// sealed class F : VectorFunction
/// {
///     public override T[] Apply&lt;T&gt;(T[] x) =&gt; [x[0] * x[1] + T.Sin(x[2]), x[0] + x[1] * x[2]];
/// }
/// </code>
/// <see cref="Jacobian.ForwardMode(VectorFunction, double[])"/> and
/// <see cref="Jacobian.ReverseMode(VectorFunction, double[])"/> then run the very same code with dual
/// numbers or on a tape, and both can count the primitive operations they execute.
/// </summary>
public abstract class VectorFunction
{
    /// <summary>f(x), computed with whatever number type the caller chooses.</summary>
    /// <typeparam name="T">The number type: <see cref="Real"/>, <see cref="Dual"/>, <see cref="Value"/>, …</typeparam>
    /// <param name="x">The inputs.</param>
    /// <returns>The outputs.</returns>
    public abstract T[] Apply<T>(T[] x) where T : IScalar<T>;
}
