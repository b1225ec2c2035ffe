namespace AutoDiff.Tests;

// One tape records one computation: two threads writing to it at once must never give silent wrong
// counts or gradients. Handing a tape from one thread to the next (as notebook cells do) works.
public class TapeThreadTests
{
    private const int Steps = 500_000;

    // Each step adds one node: a scalar sum, or a fused node b + w·x (whose operands are listed
    // apart, in arrays of their own that must not be overrun either). d sₙ/dx = Steps + 1 both ways.
    public static TheoryData<bool> Fused => [false, true];

    [Theory]
    [MemberData(nameof(Fused))]
    public void SharedTape_TwoThreadsAtOnce_ThrowsOrStaysExact(bool fused)
    {
        var tape = new Tape();
        var x = tape.Variable(1);
        using var start = new Barrier(2);
        var errors = new Exception?[2];
        var sums = new Value[2];
        var threads = Enumerable.Range(0, 2).Select(k => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                var s = x;
                for (int i = 0; i < Steps; i++) s = fused ? Value.Affine([x], [tape.Constant(1)], s) : s + x;
                sums[k] = s;
            }
            catch (Exception e) { errors[k] = e; } // any exception is kept: one thrown on a raw thread would end the test host
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        if (errors[0] is null && errors[1] is null)
        {
            // The threads happened to take turns: then every node must be there, and both sums right.
            Assert.Equal(1 + (fused ? 4 : 2) * Steps, tape.Count); // fused: a constant and the node per step
            foreach (var s in sums)
            {
                tape.ZeroGrad();
                s.Backward();
                Assert.Equal(Steps + 1, x.Adjoint);
            }
        }
        else
        {
            var error = errors[0] ?? errors[1]!;
            Assert.IsType<InvalidOperationException>(error);
            Assert.Contains("two threads", error.Message, StringComparison.Ordinal);
            Assert.True(errors[0] is null or InvalidOperationException && errors[1] is null or InvalidOperationException,
                $"the other thread failed otherwise: {errors[0]} / {errors[1]}");
            // The tape refuses more work, so the other thread's result cannot be used by mistake.
            Assert.Throws<InvalidOperationException>(() => tape.Backward(x));
        }
    }

    [Fact]
    public async Task Tape_HandedToAnotherThreadAfterUse_KeepsWorking()
    {
        var tape = new Tape();
        var x = tape.Variable(3);
        var y = await Task.Run(() => x * x);
        var z = await Task.Run(() => y + x);
        z.Backward();
        Assert.Equal(7.0, x.Adjoint);
        Assert.Equal(3, tape.Count);
    }

    [Fact]
    public void CorruptedTape_AfterClear_WorksAgain()
    {
        var tape = new Tape();
        bool detected = false;
        for (int attempt = 0; attempt < 20 && !detected; attempt++)
        {
            tape.Clear();
            var shared = tape.Variable(1);
            Parallel.For(0, 2, _ =>
            {
                try { var s = shared; for (int i = 0; i < Steps; i++) s += shared; }
                catch (InvalidOperationException) { Volatile.Write(ref detected, true); }
            });
        }
        tape.Clear();
        var y = tape.Variable(2);
        (y * y).Backward();
        Assert.Equal(4.0, y.Adjoint);
    }

    [Fact]
    public void OneTapePerThread_GradientsAreExact()
    {
        var results = new double[8];
        Parallel.For(0, results.Length, k =>
        {
            results[k] = Reverse.Derivative(v => { var s = v; for (int i = 0; i < 10_000; i++) s = s + v; return s; }, k);
        });
        Assert.All(results, r => Assert.Equal(10_001.0, r));
    }
}
