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
}
