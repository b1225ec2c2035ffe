namespace AutoDiff.Tests;

public class NumericDerivativeTests
{
    private static double Error(DifferenceMethod method, double h) =>
        Math.Abs(Numeric.Derivative(Math.Sin, 1.0, method, h) - Math.Cos(1.0));

    [Theory]
    [InlineData(DifferenceMethod.Forward, 2.0)]
    [InlineData(DifferenceMethod.Backward, 2.0)]
    [InlineData(DifferenceMethod.Central, 4.0)]
    [InlineData(DifferenceMethod.FivePoint, 16.0)]
    public void HalvingStep_DividesErrorByTwoToTheOrder(DifferenceMethod method, double expectedRatio)
    {
        // Steps large enough that truncation error dominates rounding error.
        double ratio = Error(method, 0.02) / Error(method, 0.01);
        Assert.InRange(ratio, expectedRatio * 0.9, expectedRatio * 1.1);
    }

    [Theory]
    [InlineData(DifferenceMethod.Forward, 1e-7)]
    [InlineData(DifferenceMethod.Backward, 1e-7)]
    [InlineData(DifferenceMethod.Central, 1e-9)]
    [InlineData(DifferenceMethod.FivePoint, 1e-9)]
    [InlineData(DifferenceMethod.Richardson, 1e-9)]
    public void DefaultStep_ExpOfX_MatchesAnalytic(DifferenceMethod method, double tolerance)
    {
        foreach (double x in new[] { -3.0, 0.0, 0.7, 12.0 })
        {
            double numeric = Numeric.Derivative(Math.Exp, x, method);
            Assert.True(Math.Abs(numeric - Math.Exp(x)) <= tolerance * Math.Exp(x),
                $"{method} at x = {x}: numeric {numeric:R}, analytic {Math.Exp(x):R}");
        }
    }

    [Fact]
    public void Derivative_ComplexStepMethod_ThrowsSayingToCallComplexStep()
    {
        var error = Assert.Throws<ArgumentException>(() => Numeric.Derivative(Math.Sin, 1.0, DifferenceMethod.ComplexStep));
        Assert.Contains("Numeric.ComplexStep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derivative_NonPositiveStep_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Numeric.Derivative(Math.Sin, 1.0, step: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Numeric.Derivative(Math.Sin, 1.0, step: -1e-3));
    }

    [Fact]
    public void Grad_XSquaredYPlusSinX_MatchesAnalytic()
    {
        double[] x = [1.5, -2.0];
        var grad = Numeric.Grad(v => v[0] * v[0] * v[1] + Math.Sin(v[0]), x);
        Assert.Equal(2 * 1.5 * -2.0 + Math.Cos(1.5), grad[0], 1e-8);
        Assert.Equal(1.5 * 1.5, grad[1], 1e-8);
    }

    [Fact]
    public void Grad_FunctionThatScribblesOnItsArgument_LeavesCallerArrayUntouched()
    {
        double[] x = [1.0, 2.0, 3.0];
        var grad = Numeric.Grad(v =>
        {
            double sum = v[0] * v[1] * v[2];
            v[0] = 99; // a badly behaved f must not reach the caller's array
            return sum;
        }, x);
        Assert.Equal([1.0, 2.0, 3.0], x);
        Assert.Equal(6.0, grad[0], 1e-8);
        Assert.Equal(3.0, grad[1], 1e-8);
        Assert.Equal(2.0, grad[2], 1e-8);
    }

    [Fact]
    public void OptimalStep_OrdersAsTheTextbookExponents()
    {
        double eps = Math.Pow(2, -52);
        Assert.Equal(Math.Sqrt(eps), Numeric.OptimalStep(DifferenceMethod.Forward), 1e-20);
        Assert.Equal(Math.Cbrt(eps), Numeric.OptimalStep(DifferenceMethod.Central), 1e-18);
        Assert.Equal(Math.Pow(eps, 0.2), Numeric.OptimalStep(DifferenceMethod.FivePoint), 1e-15);
        Assert.True(Numeric.OptimalStep(DifferenceMethod.Central) < Numeric.OptimalStep(DifferenceMethod.FivePoint));
    }
}
