namespace AutoDiff;

/// <summary>What role a node plays in a graph, for drawing it.</summary>
public enum NodeKind
{
    /// <summary>An independent variable.</summary>
    Input,
    /// <summary>A constant.</summary>
    Constant,
    /// <summary>An intermediate operation.</summary>
    Operation,
    /// <summary>The output the gradient is taken of.</summary>
    Output,
}

/// <summary>A node of a traced graph.</summary>
/// <param name="Id">The node's tape index (unique, increasing in evaluation order).</param>
/// <param name="Op">The primitive that produced it.</param>
/// <param name="Symbol">Short symbol of the primitive ("×", "sin", or a custom primitive's name).</param>
/// <param name="Label">The user's label, or null.</param>
/// <param name="Primal">The forward value.</param>
/// <param name="Adjoint">∂output/∂node (0 until a backward pass has run).</param>
/// <param name="Kind">Input, constant, operation or output.</param>
/// <param name="Expression">A short infix name built from the operands ("x²y", "sin x"), or the
/// label when the node has one.</param>
public sealed record GraphNode(int Id, Op Op, string Symbol, string? Label, double Primal, double Adjoint, NodeKind Kind, string Expression)
{
    /// <summary>The name to show: the label if there is one, else the expression.</summary>
    public string DisplayName => Label ?? Expression;

    /// <summary>The value of operand b when it is a parameter of the primitive, not an edge
    /// (<see cref="Primitive.OperandBIsParameter"/>: the exponent 3 of x³); null otherwise.</summary>
    public double? Parameter { get; init; }
}

/// <summary>An edge parent → child: the child used the parent as operand a or b (or aₖ of a fused node).</summary>
/// <param name="Parent">Id of the operand node.</param>
/// <param name="Child">Id of the node that used it.</param>
/// <param name="Operand">0 when the parent is operand a, 1 when it is operand b; k for operand
/// aₖ of a fused node (<see cref="INaryPrimitive"/>).</param>
/// <param name="LocalDerivative">∂child/∂parent at the traced point.</param>
/// <param name="Formula">That derivative in words with the operands' names put in
/// (<see cref="RuleText.Partial"/>), e.g. "cos x" on the edge x → sin x and "2x" on x → x²; for a
/// fused node, in the table's names of its operands ("x₁" for ∂r/∂w₁); "" when the table has none.</param>
public sealed record GraphEdge(int Parent, int Child, int Operand, double LocalDerivative, string Formula);

/// <summary>
/// A traced computation as plain data: the nodes that lead to the output, in evaluation order
/// (every parent before its children), and the edges with their local derivatives. The same
/// trace always gives the same graph.
/// </summary>
/// <param name="Nodes">Nodes in evaluation (tape) order.</param>
/// <param name="Edges">Edges ordered by child, then operand.</param>
/// <param name="OutputId">Id of the output node.</param>
public sealed record ComputationGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, int OutputId)
{
    /// <summary>Most nodes <see cref="ToDot"/> and <see cref="ToMermaid"/> write; a larger graph is
    /// written as its last nodes and one node standing for the rest, and the text says so.</summary>
    public const int MaxTextNodes = 2000;

    /// <summary>The node with id <paramref name="id"/>.</summary>
    public GraphNode Node(int id) => Nodes[IndexOf(id)];

    /// <summary>Counts, depth and the most frequent operations: what a large graph is summarised by.</summary>
    public GraphSummary Summarize() => GraphSummary.Of(this);

    /// <summary>Graphviz DOT text (left to right; edges labelled with local derivatives), at most
    /// <see cref="MaxTextNodes"/> nodes.</summary>
    public string ToDot() => GraphText.Dot(this);

    /// <summary>Mermaid flowchart text (left to right; edges labelled with local derivatives), at
    /// most <see cref="MaxTextNodes"/> nodes.</summary>
    public string ToMermaid() => GraphText.Mermaid(this);

    private int IndexOf(int id)
    {
        int lo = 0, hi = Nodes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int cmp = Nodes[mid].Id.CompareTo(id);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        throw new KeyNotFoundException(FormattableString.Invariant(
            $"Node {id} is not in this graph: it does not lead to the output. Use an id from graph.Nodes."));
    }
}
