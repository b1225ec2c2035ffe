namespace AutoDiff.Tests;

// The tape's bookkeeping: its size, its memory estimate, mixing tapes, reuse after Clear.
public class TapeTests
{
    [Fact]
    public void Variables_WrongNumberOfLabels_SaysToGiveOnePerValue()
    {
        var tape = new Tape();

        var error = Assert.Throws<ArgumentException>(() => tape.Variables([1.0, 2.0, 3.0], ["x", "y"]));

        Assert.Contains("Got 2 labels for 3 values", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, tape.Count);
    }

    [Fact]
    public void Variables_OneLabelPerValue_LabelsEachInput()
    {
        var tape = new Tape();

        var v = tape.Variables([1.0, 2.0], ["x", "y"]);

        Assert.Equal(["x", "y"], v.Select(x => x.Label));
        Assert.Equal([1.0, 2.0], v.Select(x => x.Primal));
    }

    [Fact]
    public void Count_AfterXSquaredYPlusSinX_IsOneNodePerInputAndOperation()
    {
        var tape = new Tape();
        var x = tape.Variable(2);
        var y = tape.Variable(3);
        _ = x * x * y + Value.Sin(x); // x, y, x·x, ·y, sin, +
        Assert.Equal(6, tape.Count);
        Assert.Equal(6L * (TapeEntry.SizeInBytes + sizeof(double)), tape.EstimatedBytes);
    }

    [Fact]
    public void SizeInBytes_IsWhatATapeAllocatesPerEntry()
    {
        const int capacity = 1_000_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var tape = new Tape(capacity);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        double perEntry = (double)allocated / capacity; // the arrays' headers and the tape object add < 0.01 B
        Assert.InRange(perEntry, TapeEntry.SizeInBytes, TapeEntry.SizeInBytes + 0.01);
        GC.KeepAlive(tape);
    }

    [Fact]
    public void MixingTwoTapes_InAnOperation_ThrowsArgumentExceptionNamingTheFix()
    {
        var first = new Tape();
        var second = new Tape();
        var x = first.Variable(1);
        var y = second.Variable(2);
        var error = Assert.Throws<ArgumentException>(() => x + y);
        Assert.Contains("another tape", error.Message, StringComparison.Ordinal);
        Assert.Contains("one tape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BackwardOnAnotherTapesValue_ThrowsArgumentException()
    {
        var first = new Tape();
        var second = new Tape();
        var y = second.Variable(2) * 3.0;
        first.Variable(1);
        Assert.Throws<ArgumentException>(() => first.Backward(y));
    }

    [Fact]
    public void Clear_ThenRetrace_GivesTheSameGradientAsAFreshTape()
    {
        var tape = new Tape();
        var x = tape.Variable(0.3);
        (Value.Exp(x) * x).Backward();
        tape.Clear();
        Assert.Equal(0, tape.Count);

        var x2 = tape.Variable(0.3);
        (Value.Exp(x2) * x2).Backward();
        PrimitiveAssert.Close(Math.Exp(0.3) * (1 + 0.3), x2.Adjoint);
    }

    [Fact]
    public void Entries_RecordOperandsAndLocalPartials()
    {
        var tape = new Tape();
        var x = tape.Variable(0.5);
        var s = Value.Sin(x);
        var entry = tape[s.Index];
        Assert.Equal(Op.Sin, entry.Op);
        Assert.Equal(x.Index, entry.A);
        Assert.Equal(-1, entry.B);
        Assert.Equal(Math.Cos(0.5), entry.PartialA);
    }

    [Fact]
    public void Indexer_OutsideTheTape_ThrowsNamingTheSize()
    {
        var tape = new Tape();
        tape.Variable(1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => tape[5]);
        Assert.Contains("1 nodes", error.Message, StringComparison.Ordinal);
    }
}
