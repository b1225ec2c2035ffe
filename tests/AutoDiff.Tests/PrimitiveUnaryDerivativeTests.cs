namespace AutoDiff.Tests;

// Each unary primitive's derivative, by reverse and forward mode, against the textbook formula
// written here independently of Rules.cs.
public class PrimitiveUnaryDerivativeTests
{
    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.0)]
    [InlineData(0.7)]
    [InlineData(3.0)]
    public void Exp_AtPoint_DerivativeIsExp(double x) =>
        PrimitiveAssert.Derivative(Value.Exp, Dual.Exp, x, Math.Exp(x));

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0)]
    [InlineData(7.5)]
    public void Log_AtPoint_DerivativeIsReciprocal(double x) =>
        PrimitiveAssert.Derivative(Value.Log, Dual.Log, x, 1 / x);

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void Sin_AtPoint_DerivativeIsCos(double x) =>
        PrimitiveAssert.Derivative(Value.Sin, Dual.Sin, x, Math.Cos(x));

    [Theory]
    [InlineData(-1.3)]
    [InlineData(0.0)]
    [InlineData(2.0)]
    public void Cos_AtPoint_DerivativeIsMinusSin(double x) =>
        PrimitiveAssert.Derivative(Value.Cos, Dual.Cos, x, -Math.Sin(x));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(0.4)]
    [InlineData(1.5)]
    public void Tan_AtPoint_DerivativeIsSecantSquared(double x) =>
        PrimitiveAssert.Derivative(Value.Tan, Dual.Tan, x, 1 / (Math.Cos(x) * Math.Cos(x)));

    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.0)]
    [InlineData(0.8)]
    public void Tanh_AtPoint_DerivativeIsSechSquared(double x) =>
        PrimitiveAssert.Derivative(Value.Tanh, Dual.Tanh, x, 1 / (Math.Cosh(x) * Math.Cosh(x)));

    [Theory]
    [InlineData(-30.0)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(2.5)]
    public void Sigmoid_AtPoint_DerivativeIsExpOverOnePlusExpSquared(double x) =>
        PrimitiveAssert.Derivative(Value.Sigmoid, Dual.Sigmoid, x, Math.Exp(-x) / Math.Pow(1 + Math.Exp(-x), 2));

    [Theory]
    [InlineData(-2.0, 0.0)]
    [InlineData(-0.1, 0.0)]
    [InlineData(0.1, 1.0)]
    [InlineData(3.0, 1.0)]
    public void Relu_AwayFromZero_DerivativeIsStep(double x, double expected) =>
        PrimitiveAssert.Derivative(Value.Relu, Dual.Relu, x, expected);

    [Theory]
    [InlineData(0.01)]
    [InlineData(1.0)]
    [InlineData(9.0)]
    public void Sqrt_AtPoint_DerivativeIsHalfOverRoot(double x) =>
        PrimitiveAssert.Derivative(Value.Sqrt, Dual.Sqrt, x, 0.5 / Math.Sqrt(x));

    [Theory]
    [InlineData(-2.5, -1.0)]
    [InlineData(-1e-9, -1.0)]
    [InlineData(0.3, 1.0)]
    public void Abs_AwayFromZero_DerivativeIsSign(double x, double expected) =>
        PrimitiveAssert.Derivative(Value.Abs, Dual.Abs, x, expected);

    [Theory]
    [InlineData(-1.5)]
    [InlineData(0.0)]
    [InlineData(2.0)]
    public void Neg_AtPoint_DerivativeIsMinusOne(double x) =>
        PrimitiveAssert.Derivative(v => -v, d => -d, x, -1);

    [Theory]
    [InlineData(0.5, 3.0)]
    [InlineData(2.0, -1.0)]
    [InlineData(4.0, 0.5)]
    [InlineData(-1.5, 2.0)]
    public void PowConst_AtPoint_DerivativeIsPTimesXToPMinusOne(double x, double p) =>
        PrimitiveAssert.Derivative(v => Value.Pow(v, p), d => Dual.Pow(d, p), x, p * Math.Pow(x, p - 1));
}
