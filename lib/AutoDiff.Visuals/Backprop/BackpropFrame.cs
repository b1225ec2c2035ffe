namespace AutoDiff.Visuals;

/// <summary>
/// One chain-rule term arriving at a node during the reverse sweep: the child c that used the
/// node v sends back ∂f/∂c × ∂c/∂v.
/// </summary>
/// <param name="Edge">The edge v → c.</param>
/// <param name="Child">The node c that used v.</param>
/// <param name="UpstreamAdjoint">∂f/∂c, already complete because c was visited earlier.</param>
/// <param name="LocalDerivative">∂c/∂v at the traced point (the edge's label).</param>
/// <param name="Product">UpstreamAdjoint × LocalDerivative.</param>
/// <param name="RunningSum">∂f/∂v after adding this term (the sum of this and earlier terms).</param>
public sealed record BackpropTerm(GraphEdge Edge, GraphNode Child, double UpstreamAdjoint, double LocalDerivative, double Product, double RunningSum);

/// <summary>
/// What a fused node (<see cref="INaryPrimitive"/>, one node with n incoming edges) passes back
/// over one of its edges when the sweep reaches it: adjoint(operandₖ) += adjoint(node) ·
/// ∂node/∂operandₖ. The same product is the term <see cref="BackpropTerm"/> of that edge in
/// the operand's own frame.
/// </summary>
/// <param name="Edge">The edge operandₖ → node; <see cref="GraphEdge.Operand"/> is k and
/// <see cref="GraphEdge.Formula"/> the partial's name from the table, e.g. "x₁" for ∂r/∂w₁.</param>
/// <param name="Operand">The node that is operand k.</param>
/// <param name="Adjoint">∂f/∂node, complete when the node is visited.</param>
/// <param name="LocalDerivative">∂node/∂operandₖ at the traced point.</param>
/// <param name="Product">Adjoint × LocalDerivative: what operandₖ's adjoint gets over this edge.</param>
public sealed record BackpropSend(GraphEdge Edge, GraphNode Operand, double Adjoint, double LocalDerivative, double Product);

/// <summary>
/// One step of the reverse sweep, seen from the node being visited. Nodes are visited from the
/// output back to the inputs (reverse evaluation order), so every user of a node is visited
/// before it and the node's adjoint is complete when its frame is shown:
/// ∂f/∂v = Σ over children c of ∂f/∂c · ∂c/∂v.
/// </summary>
/// <param name="Step">1 for the output, then 2, 3, … .</param>
/// <param name="Node">The node visited.</param>
/// <param name="Terms">One term per edge leaving the node, in the order they are summed; empty
/// for the output, whose adjoint is the seed ∂f/∂f = 1.</param>
/// <param name="Adjoint">∂f/∂node as the tape holds it (<see cref="GraphNode.Adjoint"/>): the seed
/// for the output, else the sum of the terms.</param>
/// <param name="OmittedTerms">Terms summed but not listed: a node used more than
/// <see cref="BackpropSteps.MaxTerms"/> times lists its first terms only.</param>
public sealed record BackpropFrame(int Step, GraphNode Node, IReadOnlyList<BackpropTerm> Terms, double Adjoint, int OmittedTerms = 0)
{
    /// <summary>True for the output's frame, where the sweep starts with ∂f/∂f = 1.</summary>
    public bool IsSeed => Terms.Count == 0;

    /// <summary>For a fused node, one entry per incoming edge in operand order (k = 0 … n − 1):
    /// what each operand's adjoint gets from this node. Empty for every other node, whose
    /// contributions are read in its operands' frames only.</summary>
    public IReadOnlyList<BackpropSend> Sends { get; init; } = [];

    /// <summary>Edges into a fused node not listed in <see cref="Sends"/> (past
    /// <see cref="BackpropSteps.MaxTerms"/>); their products still reach the operands' adjoints.</summary>
    public int OmittedSends { get; init; }

    /// <summary>True when the node is fused and so passes its adjoint back over n edges at once.</summary>
    public bool IsFused => Sends.Count + OmittedSends > 0;
}
