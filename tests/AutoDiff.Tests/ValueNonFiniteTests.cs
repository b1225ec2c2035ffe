namespace AutoDiff.Tests;

// NaN and ±∞ flow through both modes like IEEE arithmetic: no exception, no hang.
// (Naming the node where they appeared is the gradient check's job.)
public class ValueNonFiniteTests
{
    [Fact]
    public void NaNInput_ReverseMode_PropagatesToValueAndGradient()
    {
        var (value, gradient) = Reverse.ValueAndGrad(v => v[0] * v[1] + Value.Sin(v[0]), [double.NaN, 2.0]);
        Assert.True(double.IsNaN(value));
        Assert.True(double.IsNaN(gradient[0]));
        Assert.True(double.IsNaN(gradient[1])); // ∂/∂y = x = NaN
    }

    [Fact]
    public void NaNInput_ForwardMode_PropagatesToValueAndTangent()
    {
        var y = Dual.Exp(Dual.Variable(double.NaN)) * 2.0;
        Assert.True(double.IsNaN(y.Primal));
        Assert.True(double.IsNaN(y.Tangent));
    }

    [Fact]
    public void LogOfNegative_BothModes_GiveNaNWithoutThrowing()
    {
        Assert.True(double.IsNaN(Reverse.ValueAndGrad(v => Value.Log(v[0]), [-1.0]).Value));
        Assert.True(double.IsNaN(Forward.Derivative(d => Dual.Sqrt(d), -4.0)));
    }

    [Fact]
    public void ReciprocalAtZero_BothModes_GiveInfiniteValueAndDerivative()
    {
        var (value, gradient) = Reverse.ValueAndGrad(v => 1.0 / v[0], [0.0]);
        Assert.Equal(double.PositiveInfinity, value);
        Assert.Equal(double.NegativeInfinity, gradient[0]);
        Assert.Equal(double.NegativeInfinity, Forward.Derivative(d => 1.0 / d, 0.0));
    }

    [Fact]
    public void InfiniteInputs_ExpAndTanh_DerivativesAreTheirLimits()
    {
        // eˣ → ∞ and → 0 at ±∞; tanh′ x = 1 − tanh² x → 0 as x → ∞.
        Assert.Equal(double.PositiveInfinity, Reverse.Derivative(Value.Exp, double.PositiveInfinity));
        Assert.Equal(0.0, Reverse.Derivative(Value.Exp, double.NegativeInfinity));
        Assert.Equal(0.0, Forward.Derivative(Dual.Tanh, double.PositiveInfinity));
        Assert.Equal(0.0, Reverse.Derivative(Value.Tanh, double.PositiveInfinity));
    }

    [Fact]
    public void AbsOfNaN_BothModes_GiveNaNDerivativeWithoutThrowing()
    {
        Assert.True(double.IsNaN(Reverse.Derivative(Value.Abs, double.NaN)));
        Assert.True(double.IsNaN(Forward.Derivative(Dual.Abs, double.NaN)));
    }
}
