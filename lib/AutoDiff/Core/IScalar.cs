using System.Numerics;

namespace AutoDiff;

/// <summary>
/// A number type that autodiff can run through. Write a function once, generic over
/// <typeparamref name="T"/>, and evaluate it as plain numbers (<see cref="Real"/>), trace it for
/// reverse mode (<see cref="Value"/>), push tangents through it (<see cref="Dual"/>,
/// <c>NestedDual</c>) or take a complex-step derivative (<c>ComplexStep</c>):
/// <code>static T F&lt;T&gt;(T x, T y) where T : IScalar&lt;T&gt; =&gt; x * x * y + T.Sin(x);</code>
/// </summary>
/// <typeparam name="T">The implementing type itself.</typeparam>
public interface IScalar<T> :
    IAdditionOperators<T, T, T>,
    ISubtractionOperators<T, T, T>,
    IMultiplyOperators<T, T, T>,
    IDivisionOperators<T, T, T>,
    IUnaryNegationOperators<T, T>
    where T : IScalar<T>
{
    /// <summary>The ordinary (primal) value as a double.</summary>
    double Primal { get; }

    /// <summary>A constant c, whose derivative with respect to every input is 0.</summary>
    static abstract T Constant(double c);

    /// <summary>a + c</summary>
    static abstract T operator +(T a, double c);
    /// <summary>c + a</summary>
    static abstract T operator +(double c, T a);
    /// <summary>a − c</summary>
    static abstract T operator -(T a, double c);
    /// <summary>c − a</summary>
    static abstract T operator -(double c, T a);
    /// <summary>a × c</summary>
    static abstract T operator *(T a, double c);
    /// <summary>c × a</summary>
    static abstract T operator *(double c, T a);
    /// <summary>a ÷ c</summary>
    static abstract T operator /(T a, double c);
    /// <summary>c ÷ a</summary>
    static abstract T operator /(double c, T a);

    /// <summary>eᵃ; d/da eᵃ = eᵃ.</summary>
    static abstract T Exp(T a);
    /// <summary>ln a; d/da ln a = 1/a.</summary>
    static abstract T Log(T a);
    /// <summary>sin a; d/da sin a = cos a.</summary>
    static abstract T Sin(T a);
    /// <summary>cos a; d/da cos a = −sin a.</summary>
    static abstract T Cos(T a);
    /// <summary>tan a; d/da tan a = 1 + tan² a.</summary>
    static abstract T Tan(T a);
    /// <summary>tanh a; d/da tanh a = 1 − tanh² a.</summary>
    static abstract T Tanh(T a);
    /// <summary>σ(a); d/da σ(a) = σ(a)(1 − σ(a)).</summary>
    static abstract T Sigmoid(T a);
    /// <summary>max(a, 0); derivative 1 for a &gt; 0, else 0 (0 at a = 0, as PyTorch).</summary>
    static abstract T Relu(T a);
    /// <summary>√a; d/da √a = 1/(2√a).</summary>
    static abstract T Sqrt(T a);
    /// <summary>|a|; derivative sign(a), 0 at a = 0 (as PyTorch).</summary>
    static abstract T Abs(T a);
    /// <summary>aᵖ for a constant p; d/da aᵖ = p·aᵖ⁻¹.</summary>
    static abstract T Pow(T a, double p);
    /// <summary>aᵇ; ∂/∂a = b·aᵇ⁻¹, ∂/∂b = aᵇ·ln a.</summary>
    static abstract T Pow(T a, T b);
    /// <summary>max(a, b); at a tie the derivative is shared ½ and ½.</summary>
    static abstract T Max(T a, T b);
    /// <summary>min(a, b); at a tie the derivative is shared ½ and ½.</summary>
    static abstract T Min(T a, T b);
}
