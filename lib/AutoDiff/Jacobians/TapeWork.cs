namespace AutoDiff;

/// <summary>Counts the primitive operations a tape records and a backward sweep performs.</summary>
internal static class TapeWork
{
    /// <summary>Operations on the tape: every entry that is not an input or a constant.</summary>
    public static long Operations(Tape tape)
    {
        long count = 0;
        foreach (var e in tape.Entries)
        {
            if (e.A >= 0 || e.IsFused) count++;
        }
        return count;
    }

    /// <summary>Operations a backward sweep from <paramref name="output"/> multiplies through: the
    /// operations the output depends on (found by one pass over the indices, no recursion).</summary>
    public static long SweepOperations(Tape tape, int output)
    {
        var needed = tape.DependenciesOf(output);
        var entries = tape.Entries;
        long count = 0;
        for (int i = 0; i <= output; i++)
        {
            if (needed[i] && (entries[i].A >= 0 || entries[i].IsFused)) count++;
        }
        return count;
    }
}
