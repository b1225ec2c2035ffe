namespace AutoDiff.Tests;

// The backward sweep is a loop over the tape, not a recursion: a chain of a million operations
// backpropagates even on a thread with a small stack (a stack overflow would kill a notebook kernel).
public class DeepChainTests
{
    private const int Depth = 1_000_000;

    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("The deep chain failed.", error);
        return result;
    }

    [Fact]
    public void MillionDeepProductChain_Backward_DerivativeIsCToTheN()
    {
        // y = x·cᴺ built one multiplication at a time, so dy/dx = cᴺ.
        const double c = 1.000001;
        double derivative = OnSmallStack(() =>
        {
            var tape = new Tape();
            var x = tape.Variable(0.5, "x");
            var factor = tape.Constant(c, "c");
            var y = x;
            for (int i = 0; i < Depth; i++) y *= factor;
            y.Backward();
            Assert.Equal(Depth + 2, tape.Count);
            return x.Adjoint;
        });
        PrimitiveAssert.Close(Math.Pow(c, Depth), derivative, tolerance: 1e-9);
    }

    [Fact]
    public void MillionDeepNegationChain_Backward_DerivativeIsExactlyOne()
    {
        // An even number of negations: y = x, and every partial is exactly −1, so no rounding at all.
        double derivative = OnSmallStack(() =>
        {
            var tape = new Tape();
            var x = tape.Variable(1.5);
            var y = x;
            for (int i = 0; i < Depth; i++) y = -y;
            y.Backward();
            return x.Adjoint;
        });
        Assert.Equal(1.0, derivative);
    }

    [Fact]
    public void MillionDeepChain_ToGraphAndSummary_DoNotRecurse()
    {
        var summary = OnSmallStack(() =>
        {
            var tape = new Tape();
            var x = tape.Variable(0.1, "x");
            var y = x;
            for (int i = 0; i < Depth; i++) y = -y;
            return y.ToGraph().Summarize();
        });
        Assert.Equal(Depth + 1, summary.NodeCount);
        Assert.Equal(Depth, summary.Depth);
    }
}
