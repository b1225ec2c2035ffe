namespace AutoDiff.Tests;

// Where a primitive has no derivative we follow PyTorch and document it (IScalar, Rules):
// |x| and relu at 0 have derivative 0; max/min at a tie share the derivative ½ and ½.
public class PrimitiveNonSmoothTests
{
    [Fact]
    public void Abs_AtZero_DerivativeIsZeroByConvention() =>
        PrimitiveAssert.Derivative(Value.Abs, Dual.Abs, 0.0, 0.0, tolerance: 0);

    [Fact]
    public void Relu_AtZero_DerivativeIsZeroByConvention() =>
        PrimitiveAssert.Derivative(Value.Relu, Dual.Relu, 0.0, 0.0, tolerance: 0);

    [Theory]
    [InlineData(2.0)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    public void Max_AtTie_SharesDerivativeHalfAndHalf(double t) =>
        PrimitiveAssert.Partials(Value.Max, Dual.Max, t, t, 0.5, 0.5, tolerance: 0);

    [Theory]
    [InlineData(2.0)]
    [InlineData(-1.0)]
    public void Min_AtTie_SharesDerivativeHalfAndHalf(double t) =>
        PrimitiveAssert.Partials(Value.Min, Dual.Min, t, t, 0.5, 0.5, tolerance: 0);

    [Fact]
    public void MaxOfSameNode_AtTie_TotalDerivativeIsOne()
    {
        // max(x, x) = x: the two halves land on the same node and add up to the true slope.
        PrimitiveAssert.Derivative(v => Value.Max(v, v), d => Dual.Max(d, d), 1.5, 1.0, tolerance: 0);
    }
}
