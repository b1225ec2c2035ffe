namespace AutoDiff.Visuals;

/// <summary>
/// Colours and fonts shared by every picture. Each node kind has its own light fill with dark
/// text, so a node reads the same on VS Code's light (#ffffff) and dark (#1e1e1e) backgrounds;
/// edges are a mid grey that contrasts with both.
/// </summary>
public static class Theme
{
    /// <summary>The font stack; <see cref="TextWidth"/> measures against its widest member.</summary>
    public const string FontFamily = "DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif";

    /// <summary>Text colour inside nodes and pills.</summary>
    public const string Ink = "#1f2328";

    /// <summary>Secondary text inside nodes (row captions).</summary>
    public const string MutedInk = "#57606a";

    /// <summary>Edges and arrowheads: mid grey, readable on white and on #1e1e1e.</summary>
    public const string Edge = "#8c959f";

    /// <summary>Highlight for the node and edges of the current backprop step.</summary>
    public const string Highlight = "#d1242f";

    /// <summary>Fill and border of a node of <paramref name="kind"/>.</summary>
    public static (string Fill, string Stroke) NodeColors(NodeKind kind) => kind switch
    {
        NodeKind.Input => ("#dbeafe", "#3b82f6"),
        NodeKind.Constant => ("#eceff3", "#8c959f"),
        NodeKind.Output => ("#d1fadf", "#16a34a"),
        _ => ("#fff4d6", "#d69e2e"),
    };

    /// <summary>The legend's name for <paramref name="kind"/>.</summary>
    public static string KindName(NodeKind kind) => kind switch
    {
        NodeKind.Input => "input",
        NodeKind.Constant => "constant",
        NodeKind.Output => "output",
        _ => "operation",
    };
}
