namespace AutoDiff.Tests;

// Backward accumulates (as PyTorch): twice doubles every adjoint; ZeroGrad resets.
public class BackwardSemanticsTests
{
    private static (Tape Tape, Value X, Value Y, Value Product, Value Output) Trace()
    {
        var tape = new Tape();
        var x = tape.Variable(2, "x");
        var y = tape.Variable(3, "y");
        var product = x * y;
        var output = product + Value.Sin(x);
        return (tape, x, y, product, output);
    }

    [Fact]
    public void BackwardTwice_DoublesEveryAdjoint_InputsAndIntermediates()
    {
        var (tape, x, y, product, output) = Trace();
        output.Backward();
        double[] once = [x.Adjoint, y.Adjoint, product.Adjoint, output.Adjoint];
        output.Backward();
        double[] twice = [x.Adjoint, y.Adjoint, product.Adjoint, output.Adjoint];

        Assert.Equal(once.Select(g => 2 * g), twice);
        PrimitiveAssert.Close(3 + Math.Cos(2), once[0]);
        Assert.Equal(2.0, once[1]);
        Assert.Equal(1.0, once[2]);
        Assert.Equal(1.0, once[3]);
        Assert.Equal(5, tape.Count); // x, y, x·y, sin x, +
    }

    [Fact]
    public void ZeroGrad_AfterBackward_ResetsEveryAdjointToZero()
    {
        var (tape, x, y, product, output) = Trace();
        output.Backward();
        tape.ZeroGrad();
        Assert.All(new[] { x, y, product, output }, v => Assert.Equal(0.0, v.Adjoint));
    }

    [Fact]
    public void ZeroGradThenBackward_GivesTheGradientOnce()
    {
        var (tape, x, y, _, output) = Trace();
        output.Backward();
        output.Backward();
        tape.ZeroGrad();
        output.Backward();
        PrimitiveAssert.Close(3 + Math.Cos(2), x.Adjoint);
        Assert.Equal(2.0, y.Adjoint);
    }

    [Fact]
    public void Backward_WithSeed_ScalesTheGradient()
    {
        var (tape, x, _, _, output) = Trace();
        tape.Backward(output, seed: -2.5);
        PrimitiveAssert.Close(-2.5 * (3 + Math.Cos(2)), x.Adjoint);
    }

    [Fact]
    public void Backward_BeforeAnyCall_AdjointsAreZero()
    {
        var (_, x, _, _, output) = Trace();
        Assert.Equal(0.0, x.Adjoint);
        Assert.Equal(0.0, output.Adjoint);
    }
}
