using System.Buffers;

namespace AutoDiff;

/// <summary>
/// What the graph's node names (<see cref="GraphNode.Expression"/>) look like, for code that quotes
/// them in other text, such as the narration of a backward pass.
/// </summary>
public static class ExpressionText
{
    private static readonly SearchValues<char> PowerMarks = SearchValues.Create("⁰¹²³⁴⁵⁶⁷⁸⁹⁻");

    /// <summary>True for one bracketed group, perhaps raised to a power: "(x + y)" or "(x + y)³",
    /// the form a power of an expression is named in. Such a name needs no more brackets beside an
    /// operator.</summary>
    public static bool IsGroup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith('(')) return false;
        int depth = 0;
        for (int i = 0; i < name.Length; i++)
        {
            depth += name[i] == '(' ? 1 : name[i] == ')' ? -1 : 0;
            if (depth == 0) return name.AsSpan(i + 1).IndexOfAnyExcept(PowerMarks) < 0;
        }
        return false;
    }
}
