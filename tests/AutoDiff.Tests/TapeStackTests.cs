namespace AutoDiff.Tests;

/// <summary>A recursion without end through <see cref="Value"/> operators throws a catchable
/// exception instead of overflowing the stack (which would end the process).</summary>
public class TapeStackTests
{
    // No base case: every call records two more operations and calls itself again.
    private static Value Forever(Value x) => Forever(x * 1.0000001 + 1);

    [Fact]
    public void RecursionWithoutBaseCase_ThrowsInsufficientExecutionStack_SayingSo()
    {
        var tape = new Tape();
        var caught = OnSmallStack(() => Forever(tape.Variable(1)));

        var error = Assert.IsType<InsufficientExecutionStackException>(caught);
        Assert.Contains("no base case", error.Message, StringComparison.Ordinal);
        Assert.True(tape.Count > 1000, $"the recursion was stopped after {tape.Count} nodes, before the stack ran low");
    }

    [Fact]
    public void AfterTheRecursionIsStopped_TheTapeStillDifferentiates()
    {
        var tape = new Tape();
        Assert.IsType<InsufficientExecutionStackException>(OnSmallStack(() => Forever(tape.Variable(1))));

        tape.Clear();
        var x = tape.Variable(3);
        (x * x).Backward();
        Assert.Equal(2 * 3, x.Adjoint);
    }

    // Runs on a thread with a known stack of 1 MB and returns what it threw. Without the guard the
    // overflow would end the test host, so the test cannot pass by accident.
    private static Exception? OnSmallStack(Action action)
    {
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { caught = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return caught;
    }
}
