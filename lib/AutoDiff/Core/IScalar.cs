using System.Numerics;

namespace AutoDiff;

/// <summary>
/// A number type that autodiff can run through. Write a function once, generic over
/// <typeparamref name="T"/>, and evaluate it as plain numbers (<see cref="Real"/>), trace it for
/// reverse mode (<see cref="Value"/>), push tangents through it (<see cref="Dual"/>,
/// <c>NestedDual</c>) or take a complex-step derivative (<c>ComplexStep</c>):
/// <code>static T F&lt;T&gt;(T x, T y) where T : IScalar&lt;T&gt; =&gt; x * x * y + T.Sin(x);</code>
/// </summary>
/// <remarks>The functions of the table of primitives (<c>T.Exp</c>, <c>T.Sin</c>, <c>T.Max</c>, …) are
/// <c>static virtual</c> defaults written at build time from the table (<see cref="PrimitiveFunctionsAttribute"/>),
/// so a new primitive works in every generic function at once.</remarks>
/// <typeparam name="T">The implementing type itself.</typeparam>
[PrimitiveFunctions]
public partial interface IScalar<T> :
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

    /// <summary>Applies a unary primitive of the table (<see cref="Primitives"/>): its primal, and
    /// whatever derivative bookkeeping this number type does, from the primitive's partials. Every
    /// function below is this with its primitive; a type implements only these two.</summary>
    static abstract T Unary<TPrimitive>(T a) where TPrimitive : struct, IPrimitive;

    /// <summary>Applies a binary primitive of the table (<see cref="Primitives"/>).</summary>
    static abstract T Binary<TPrimitive>(T a, T b) where TPrimitive : struct, IPrimitive;

    /// <summary>Applies a fused primitive of the table to n operands (<see cref="INaryPrimitive"/>).
    /// The default evaluates the primitive's primal in this number type, so any type that has the
    /// scalar operators gets it right (forward-mode types then differentiate through them); reverse
    /// mode records it as one node.</summary>
    /// <exception cref="ArgumentException">The operand count does not fit the primitive.</exception>
    static virtual T Nary<TPrimitive>(ReadOnlySpan<T> operands) where TPrimitive : struct, INaryPrimitive
    {
        NaryShape.Check<TPrimitive>(operands.Length);
        return TPrimitive.Primal(operands);
    }

    /// <summary>b + Σᵢ wᵢxᵢ as one fused node; ∂/∂wᵢ = xᵢ, ∂/∂xᵢ = wᵢ, ∂/∂b = 1.</summary>
    /// <exception cref="ArgumentException">w and x differ in length.</exception>
    static virtual T Affine(ReadOnlySpan<T> w, ReadOnlySpan<T> x, T b)
    {
        var operands = new T[2 * w.Length + 1];
        Primitives.Affine.Operands(w, x, b, operands);
        return T.Nary<Primitives.Affine>(operands);
    }

    /// <summary>Σᵢ aᵢ² as one fused node; ∂/∂aᵢ = 2aᵢ.</summary>
    static virtual T SumOfSquares(ReadOnlySpan<T> a) => T.Nary<Primitives.SumOfSquares>(a);

    // The powers are hand-written: one name, Pow, over two primitives, the constant exponent p a
    // double (PowConst) or a traced one (Pow). Every other function comes from the table.
    /// <summary>aᵖ for a constant p; d/da aᵖ = p·aᵖ⁻¹.</summary>
    static virtual T Pow(T a, double p) => T.Binary<Primitives.PowConst>(a, T.Constant(p));
    /// <summary>aᵇ; ∂/∂a = b·aᵇ⁻¹, ∂/∂b = aᵇ·ln a.</summary>
    static virtual T Pow(T a, T b) => T.Binary<Primitives.Pow>(a, b);
}
