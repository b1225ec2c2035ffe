namespace AutoDiff.Sketch;

/// <summary>What kind of difference between a sketch and the traced graph.</summary>
public enum SketchDifferenceKind
{
    /// <summary>f has an input the sketch lacks.</summary>
    MissingInput,
    /// <summary>The sketch has an input f lacks (often a second copy of a variable).</summary>
    ExtraInput,
    /// <summary>An input feeds fewer operations in the sketch than in f ("x used once").</summary>
    InputUsedTooFew,
    /// <summary>f has an operation the sketch lacks.</summary>
    MissingNode,
    /// <summary>The sketch has an operation f lacks.</summary>
    ExtraNode,
    /// <summary>Same operands, another operation.</summary>
    WrongOperation,
    /// <summary>The operation takes other operands than in f.</summary>
    WrongOperands,
    /// <summary>f has an edge the sketch lacks.</summary>
    MissingEdge,
    /// <summary>The sketch has an edge f lacks.</summary>
    ExtraEdge,
    /// <summary>An edge carries another local derivative than in f.</summary>
    WrongDerivative,
    /// <summary>A forward value filled in is wrong.</summary>
    WrongValue,
    /// <summary>An adjoint filled in is wrong.</summary>
    WrongAdjoint,
    /// <summary>A number was not filled in.</summary>
    MissingNumber,
}

/// <summary>
/// One difference between a sketch and the traced graph, in words, with what it is about on each
/// side so a drawing can mark it: a sketch node or edge (by names), a traced node or edge (by id).
/// </summary>
/// <param name="Kind">What kind of difference.</param>
/// <param name="Message">The difference in words, e.g. "The edge sq → p carries y, not 2x."</param>
public sealed record SketchDifference(SketchDifferenceKind Kind, string Message)
{
    /// <summary>The sketch node it is about, or null.</summary>
    public string? SketchNode { get; init; }

    /// <summary>The sketch edge (from, to) it is about, or null.</summary>
    public (string From, string To)? SketchEdge { get; init; }

    /// <summary>The traced node it is about, or null.</summary>
    public int? TraceNode { get; init; }

    /// <summary>The traced edge (parent id, child id) it is about, or null.</summary>
    public (int Parent, int Child)? TraceEdge { get; init; }

    /// <summary>False for a mark that only shows in the drawing (its words are in another difference).</summary>
    public bool IsStated { get; init; } = true;
}
