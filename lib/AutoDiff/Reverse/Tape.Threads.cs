using System.Runtime.CompilerServices;

namespace AutoDiff;

// One thread records on a tape at a time. The thread that last wrote owns it; another thread takes
// it over on its first write (a notebook may run each cell on a different thread). A write checks
// the owner before and after it touches the entries: if another thread took the tape over in
// between, the two wrote at once, so the tape is marked corrupted and every later write or
// backward pass throws until Clear(). The cost on the common path is one thread-id read and two
// compares per node, which keeps one tape per thread as fast as before.
public sealed partial class Tape
{
    private int owner;
    private bool corrupted;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Enter()
    {
        int me = Environment.CurrentManagedThreadId;
        if (owner != me || corrupted) TakeOver(me);
        return me;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave(int me)
    {
        if (Volatile.Read(ref owner) != me) Collided();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void TakeOver(int me)
    {
        if (corrupted) throw ValueErrors.TwoThreads();
        Interlocked.Exchange(ref owner, me); // a full fence: the previous owner's next check sees it
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Collided()
    {
        corrupted = true;
        throw ValueErrors.TwoThreads();
    }
}
