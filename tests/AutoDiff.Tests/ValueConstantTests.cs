namespace AutoDiff.Tests;

// Values with no tape are plain constants: they compute, join a tape when mixed with a traced
// value, and refuse Backward with a message that says what to do.
public class ValueConstantTests
{
    [Fact]
    public void UntracedConstants_Arithmetic_ComputesWithoutATape()
    {
        var v = Value.Sin(Value.Constant(2) * Value.Constant(3)) + 1.0;
        Assert.False(v.IsTraced);
        Assert.Equal(Math.Sin(6) + 1, v.Primal);
        Assert.Equal(0.0, v.Adjoint);
    }

    [Fact]
    public void DefaultValue_IsTheConstantZero()
    {
        Value zero = default;
        Assert.False(zero.IsTraced);
        Assert.Equal(0.0, zero.Primal);
        Assert.Equal(Op.Constant, zero.Op);
    }

    [Fact]
    public void Backward_OnUntracedConstant_ThrowsSayingHowToCreateInputs()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Value.Constant(3).Backward());
        Assert.Contains("constant", error.Message, StringComparison.Ordinal);
        Assert.Contains("tape.Variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backward_OnDefaultValue_ThrowsSayingHowToCreateInputs()
    {
        var error = Assert.Throws<InvalidOperationException>(() => default(Value).Backward());
        Assert.Contains("tape.Variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TapeBackward_OnUntracedConstant_ThrowsArgumentException()
    {
        var tape = new Tape();
        var error = Assert.Throws<ArgumentException>(() => tape.Backward(Value.Constant(1)));
        Assert.Contains("tape.Variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grad_OfFunctionIgnoringItsInputs_IsZero()
    {
        Assert.Equal([0.0, 0.0], Reverse.Grad(_ => Value.Constant(7), [1.0, 2.0]));
    }

    [Fact]
    public void ToString_OfTracedAndConstantValues_ShowsLabelAndValueInvariantly()
    {
        var tape = new Tape();
        var x = tape.Variable(1.5, "x");
        Assert.Equal("x = 1.5 (node 0, Input, adjoint 0)", x.ToString());
        Assert.Equal("0.25 (constant)", Value.Constant(0.25).ToString());
    }
}
