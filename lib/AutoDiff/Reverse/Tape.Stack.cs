using System.Runtime.CompilerServices;

namespace AutoDiff;

// A function that calls itself without end through Value operators would overflow the stack, and
// .NET ends the process on a stack overflow (a notebook kernel loses every definition). Every
// operation appends to a tape, so the tape is where such a recursion can be stopped: every 64th
// node checks that the stack still has room, and throws a catchable exception if not. Between two
// checks a recursion adds at most 63 frames, far less than the room the check asks for.
public sealed partial class Tape
{
    private const int StackCheckInterval = 63; // a mask: check when the node index is a multiple of 64

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw RecursedWithoutEnd();
    }

    private static InsufficientExecutionStackException RecursedWithoutEnd() => new(
        "The stack is almost full while recording operations on a tape: a function calls itself without end " +
        "(a recursion with no base case, or one that is never reached). Add a base case that returns " +
        "without calling the function again, and check that every call moves towards it.");
}
