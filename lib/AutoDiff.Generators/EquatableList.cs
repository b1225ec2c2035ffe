using System.Collections;

namespace AutoDiff.Generators;

/// <summary>A read-only list compared by its items, so that the incremental pipeline reuses its
/// output while the table is unchanged (an ImmutableArray compares by reference).</summary>
internal sealed class EquatableList<T>(IEnumerable<T> items) : IEquatable<EquatableList<T>>, IReadOnlyList<T>
{
    private readonly T[] items = [.. items];

    public int Count => items.Length;

    public T this[int index] => items[index];

    public bool Equals(EquatableList<T>? other) => other is not null && items.SequenceEqual(other.items);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode() => items.Aggregate(17, (hash, item) => unchecked(hash * 31 + (item?.GetHashCode() ?? 0)));

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
}
