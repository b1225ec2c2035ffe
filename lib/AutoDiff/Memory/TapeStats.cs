namespace AutoDiff;

/// <summary>
/// What a tape retains for its backward pass: the number of nodes, an estimate of the bytes
/// (each node is one <see cref="TapeEntry"/> of <see cref="TapeEntry.SizeInBytes"/> bytes plus
/// one 8-byte adjoint), and how many nodes each primitive contributed.
/// </summary>
/// <param name="Nodes">Nodes recorded: inputs, constants and operations.</param>
/// <param name="Bytes">Estimated bytes retained: Nodes × (entry + adjoint).</param>
/// <param name="ByOp">Node count per primitive, most frequent first (ties in <see cref="Op"/> order).</param>
public sealed record TapeStats(int Nodes, long Bytes, IReadOnlyList<KeyValuePair<Op, int>> ByOp)
{
    /// <summary>Bytes one node costs during a backward pass: its entry and its adjoint.</summary>
    public const int BytesPerNode = TapeEntry.BytesWithAdjoint;

    /// <summary>Counts the nodes of <paramref name="tape"/> by primitive.</summary>
    public static TapeStats Of(Tape tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var counts = new int[Enum.GetValues<Op>().Length];
        foreach (var entry in tape.Entries) counts[(int)entry.Op]++;
        var byOp = Enum.GetValues<Op>()
            .Where(op => counts[(int)op] > 0)
            .Select(op => new KeyValuePair<Op, int>(op, counts[(int)op]))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .ToList();
        return new TapeStats(tape.Count, tape.EstimatedBytes, byOp);
    }

    /// <summary>One line in words, e.g. "1,201 nodes, 56.3 KB (Mul 400, Add 400, …)".</summary>
    public override string ToString()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        string ops = string.Join(", ", ByOp.Select(p => string.Create(inv, $"{p.Key} {p.Value:N0}")));
        return string.Create(inv, $"{Nodes:N0} nodes, {MemorySize.Format(Bytes)} ({ops})");
    }
}
