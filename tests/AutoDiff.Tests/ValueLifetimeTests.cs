namespace AutoDiff.Tests;

// Handles that no longer, or never did, point at a node: default(Value) and values kept from before
// Tape.Clear(). Each throws with a message that says what happened, never reads another node.
public class ValueLifetimeTests
{
    [Fact]
    public void Multiply_ByDefaultValue_ThrowsNamingDefault()
    {
        var tape = new Tape();
        var x = tape.Variable(4);
        var error = Assert.Throws<InvalidOperationException>(() => x * default(Value));
        Assert.Contains("default(Value)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Value.Constant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_OnDefaultValueAlone_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => default(Value) + default(Value));
        Assert.Throws<InvalidOperationException>(() => Value.Sin(default));
        Assert.Throws<InvalidOperationException>(() => default(Value) * 2.0);
        Assert.Throws<InvalidOperationException>(() => Value.Constant(1) - default(Value));
    }

    [Fact]
    public void UnfilledArraySlot_InFunction_ThrowsNotSilentZero()
    {
        var tape = new Tape();
        var xs = new Value[3];
        xs[0] = tape.Variable(1);
        xs[1] = tape.Variable(2); // xs[2] is never filled
        var error = Assert.Throws<InvalidOperationException>(() => xs[0] + xs[1] + xs[2]);
        Assert.Contains("never filled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConstantValue_StillJoinsTheTape()
    {
        var tape = new Tape();
        var x = tape.Variable(4);
        var y = x * Value.Constant(0) + x;
        y.Backward();
        Assert.Equal(1.0, x.Adjoint);
    }

    [Fact]
    public void ValueFromBeforeClear_ReadingAdjoint_ThrowsSayingTheTapeWasCleared()
    {
        var tape = new Tape();
        var x = tape.Variable(10);
        tape.Clear();
        var y = tape.Variable(1);
        Value.Cos(y).Backward();
        var error = Assert.Throws<InvalidOperationException>(() => x.Adjoint);
        Assert.Contains("Tape.Clear()", error.Message, StringComparison.Ordinal);
        Assert.Contains("node 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueFromBeforeClear_InAnOperation_Throws()
    {
        var tape = new Tape();
        var x = tape.Variable(10);
        tape.Clear();
        var y = tape.Variable(1);
        Assert.Throws<InvalidOperationException>(() => x * y);
        Assert.Throws<InvalidOperationException>(() => y + x);
        Assert.Throws<InvalidOperationException>(() => Value.Sin(x));
        Assert.Throws<InvalidOperationException>(() => x.Op);
        Assert.Throws<InvalidOperationException>(() => x.Backward());
        Assert.Throws<InvalidOperationException>(() => Value.Custom("cube", x, t => t * t * t, t => 3 * t * t));
    }

    [Fact]
    public void ValueFromAfterClear_Works()
    {
        var tape = new Tape();
        tape.Variable(10);
        tape.Clear();
        var y = tape.Variable(2);
        var f = y * y;
        f.Backward();
        Assert.Equal(4.0, y.Adjoint);
        Assert.Equal(4.0, new Value(tape, f.Index).Primal);
    }
}
