namespace AutoDiff.Tests;

// Each binary primitive's two partial derivatives, by reverse and forward mode, against formulas
// written here; and the operators that mix in a constant.
public class PrimitiveBinaryDerivativeTests
{
    [Theory]
    [InlineData(1.5, -2.0)]
    [InlineData(0.0, 3.0)]
    public void Add_AtPoint_PartialsAreOneAndOne(double a, double b) =>
        PrimitiveAssert.Partials((x, y) => x + y, (x, y) => x + y, a, b, 1, 1);

    [Theory]
    [InlineData(1.5, -2.0)]
    [InlineData(0.0, 3.0)]
    public void Sub_AtPoint_PartialsAreOneAndMinusOne(double a, double b) =>
        PrimitiveAssert.Partials((x, y) => x - y, (x, y) => x - y, a, b, 1, -1);

    [Theory]
    [InlineData(1.5, -2.0)]
    [InlineData(0.0, 3.0)]
    [InlineData(-4.0, 0.25)]
    public void Mul_AtPoint_PartialsAreTheOtherFactor(double a, double b) =>
        PrimitiveAssert.Partials((x, y) => x * y, (x, y) => x * y, a, b, b, a);

    [Theory]
    [InlineData(1.5, -2.0)]
    [InlineData(0.0, 3.0)]
    [InlineData(-4.0, 0.25)]
    public void Div_AtPoint_PartialsAreOneOverBAndMinusAOverBSquared(double a, double b) =>
        PrimitiveAssert.Partials((x, y) => x / y, (x, y) => x / y, a, b, 1 / b, -a / (b * b));

    [Theory]
    [InlineData(2.0, 3.0)]
    [InlineData(0.5, -1.5)]
    [InlineData(3.0, 0.5)]
    [InlineData(1.0, 4.0)]
    public void Pow_VariableExponent_PartialsArePowerRuleAndLogRule(double a, double b) =>
        PrimitiveAssert.Partials(Value.Pow, Dual.Pow, a, b,
            b * Math.Pow(a, b - 1), Math.Pow(a, b) * Math.Log(a));

    [Theory]
    [InlineData(3.0, 1.0, 1.0, 0.0)]
    [InlineData(-1.0, 2.0, 0.0, 1.0)]
    [InlineData(0.0, -0.5, 1.0, 0.0)]
    public void Max_WithoutTie_DerivativeGoesToTheLarger(double a, double b, double da, double db) =>
        PrimitiveAssert.Partials(Value.Max, Dual.Max, a, b, da, db);

    [Theory]
    [InlineData(3.0, 1.0, 0.0, 1.0)]
    [InlineData(-1.0, 2.0, 1.0, 0.0)]
    [InlineData(0.0, -0.5, 0.0, 1.0)]
    public void Min_WithoutTie_DerivativeGoesToTheSmaller(double a, double b, double da, double db) =>
        PrimitiveAssert.Partials(Value.Min, Dual.Min, a, b, da, db);

    [Theory]
    [InlineData(0.7)]
    [InlineData(-2.0)]
    public void ConstantOperators_AtPoint_DerivativesAreThoseOfTheAffineMaps(double x)
    {
        PrimitiveAssert.Derivative(v => v + 3.0, d => d + 3.0, x, 1);
        PrimitiveAssert.Derivative(v => 3.0 + v, d => 3.0 + d, x, 1);
        PrimitiveAssert.Derivative(v => v - 3.0, d => d - 3.0, x, 1);
        PrimitiveAssert.Derivative(v => 3.0 - v, d => 3.0 - d, x, -1);
        PrimitiveAssert.Derivative(v => v * 3.0, d => d * 3.0, x, 3);
        PrimitiveAssert.Derivative(v => 3.0 * v, d => 3.0 * d, x, 3);
        PrimitiveAssert.Derivative(v => v / 4.0, d => d / 4.0, x, 0.25);
        PrimitiveAssert.Derivative(v => 3.0 / v, d => 3.0 / d, x, -3 / (x * x));
    }
}
