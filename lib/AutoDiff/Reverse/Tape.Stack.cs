using System.Runtime.CompilerServices;

namespace AutoDiff;

// A function that calls itself without end through Value operators would overflow the stack, and
// .NET ends the process on a stack overflow (a notebook kernel loses every definition). Every
// operation appends to a tape, so the tape is where such a recursion can be stopped: every 64th
// node looks at how deep the stack is, and throws a catchable exception before it runs out.
//
// The full check (RuntimeHelpers.TryEnsureSufficientExecutionStack, which asks for about 128 KB of
// room) is a call into the runtime, too dear to make every 64 nodes: it cost 5–8 % of the
// cheap-gradient benchmark. So the tape remembers the stack address where the full check last
// passed and compares a local's address with it: a loop that records a million nodes at one depth
// never checks again, and a recursion is checked again each time it has gone StackStride deeper.
// Between two full checks the stack grows by at most StackStride plus 63 frames, far less than the
// room the full check asked for. Anywhere above the mark (another thread's stack, say) checks again.
public sealed partial class Tape
{
    private const int StackCheckInterval = 63; // a mask: look when the node index is a multiple of 64
    private const int StackStride = 16 * 1024;
    private nint stackMark; // where the last full check passed (the stack grows down); 0 before the first

    [MethodImpl(MethodImplOptions.NoInlining)]
    private unsafe void EnsureStack()
    {
        byte probe;
        nint here = (nint)(&probe); // an address on this thread's stack, here and now (never dereferenced)
        if (here <= stackMark && here > stackMark - StackStride) return;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw RecursedWithoutEnd();
        stackMark = here;
    }

    private static InsufficientExecutionStackException RecursedWithoutEnd() => new(
        "The stack is almost full while recording operations on a tape: a function calls itself without end " +
        "(a recursion with no base case, or one that is never reached). Add a base case that returns " +
        "without calling the function again, and check that every call moves towards it.");
}
