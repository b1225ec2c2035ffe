namespace AutoDiff.Tests;

public class TapeStatsTests
{
    [Fact]
    public void Of_PolynomialTrace_CountsNodesByOpMostFrequentFirst()
    {
        var tape = new Tape();
        var x = tape.Variable(2);
        var y = tape.Variable(3);
        _ = x * y + x * x + Value.Sin(y); // 2 inputs, 2 Mul, 2 Add, 1 Sin

        var stats = TapeStats.Of(tape);

        Assert.Equal(7, stats.Nodes);
        Assert.Equal(7L * TapeStats.BytesPerNode, stats.Bytes);
        Assert.Equal(
            [new(Op.Input, 2), new(Op.Add, 2), new(Op.Mul, 2), new(Op.Sin, 1)],
            stats.ByOp);
    }

    [Fact]
    public void ToString_IsInvariantAndReadable()
    {
        var tape = new Tape();
        var x = tape.Variable(1);
        for (int i = 0; i < 1500; i++) x += 1.0;
        Assert.Equal("3,001 nodes, 120.2 KB (Constant 1,500, Add 1,500, Input 1)", TapeStats.Of(tape).ToString());
    }

    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(1023L, "1023 B")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(3L * 1024 * 1024, "3 MB")]
    public void MemorySize_Format_UsesBinaryUnits(long bytes, string expected) =>
        Assert.Equal(expected, MemorySize.Format(bytes));
}
