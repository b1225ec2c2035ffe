namespace AutoDiff;

/// <summary>
/// The primitive operations a computation graph is built from. Every other operation
/// (subtraction of a constant, squaring, ...) is expressed with these. One byte each: the tape
/// stores one per node.
/// </summary>
public enum Op : byte
{
    /// <summary>An independent variable: a leaf the gradient is taken with respect to.</summary>
    Input,
    /// <summary>A constant: a leaf whose derivative is never needed.</summary>
    Constant,
    /// <summary>a + b</summary>
    Add,
    /// <summary>a − b</summary>
    Subtract,
    /// <summary>a × b</summary>
    Mul,
    /// <summary>a ÷ b</summary>
    Div,
    /// <summary>−a</summary>
    Neg,
    /// <summary>aᵇ with a constant exponent b (b is a constant node).</summary>
    PowConst,
    /// <summary>aᵇ with a variable exponent b (a &gt; 0).</summary>
    Pow,
    /// <summary>eᵃ</summary>
    Exp,
    /// <summary>ln a (a &gt; 0)</summary>
    Log,
    /// <summary>sin a</summary>
    Sin,
    /// <summary>cos a</summary>
    Cos,
    /// <summary>tan a</summary>
    Tan,
    /// <summary>atan a</summary>
    Atan,
    /// <summary>tanh a</summary>
    Tanh,
    /// <summary>σ(a) = 1 / (1 + e⁻ᵃ)</summary>
    Sigmoid,
    /// <summary>softplus a = ln(1 + eᵃ), a smooth relu</summary>
    Softplus,
    /// <summary>max(a, 0)</summary>
    Relu,
    /// <summary>√a (a ≥ 0)</summary>
    Sqrt,
    /// <summary>|a|</summary>
    Abs,
    /// <summary>max(a, b)</summary>
    Max,
    /// <summary>min(a, b)</summary>
    Min,
    /// <summary>A user-defined unary primitive with its own derivative (see <c>Value.Custom</c>).</summary>
    Custom,
    /// <summary>b + Σᵢ wᵢxᵢ: an affine map (a neuron before its activation) as one fused node.</summary>
    Affine,
    /// <summary>Σᵢ aᵢ²: a sum of squares (an L2 penalty) as one fused node.</summary>
    SumOfSquares,
}
