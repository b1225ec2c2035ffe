using System.Runtime.CompilerServices;

namespace AutoDiff;

// One thread records on a tape at a time; handing a tape from one thread to the next between
// computations is fine (a notebook may run each cell on a different thread). Each write to the
// entries takes a ticket (the next number) before it starts and checks after it that the ticket
// is still the last one given: if another write took one in between, two threads wrote at once, so
// the tape is marked corrupted and every later write or backward pass throws until Clear(). Two
// threads that keep writing at once are caught within a few writes; a thread identity per write
// is not needed, and not paid for: reading the current thread's id costs a call into the runtime,
// which was a third of the time of recording a node.
public sealed partial class Tape
{
    private int ticket;
    private bool corrupted;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Enter()
    {
        if (corrupted) throw ValueErrors.TwoThreads();
        int mine = ticket + 1;
        Volatile.Write(ref ticket, mine);
        return mine;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave(int mine)
    {
        if (Volatile.Read(ref ticket) != mine) Collided();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Collided()
    {
        corrupted = true;
        throw ValueErrors.TwoThreads();
    }
}
