namespace AutoDiff.Interactive;

/// <summary>
/// Diagnoses a wrong derivative against a traced graph: which edge's local derivative is missing
/// from a chain, or which paths into an input were left out of a sum.
/// </summary>
internal static class PathHints
{
    // Subsets of more edges are not searched (2^12 sums at most): a learner's own graph may be large.
    private const int MaxSearched = 12;

    /// <summary>For a graph that is one chain from its single input to the output: if
    /// <paramref name="got"/> equals the product of all local derivatives but some, name the
    /// edges left out; otherwise list every edge's factor.</summary>
    internal static string MissingFactor(ComputationGraph graph, double got)
    {
        var chain = graph.Edges.Where(e => graph.Node(e.Parent).Kind != NodeKind.Constant).ToList();
        var factors = chain.Select(e => (Edge: Describe(graph, e), e.LocalDerivative)).ToList();
        int subsets = factors.Count <= MaxSearched ? (1 << factors.Count) - 1 : 0;
        for (int mask = 0; mask < subsets; mask++)
        {
            double product = 1;
            var left = new List<string>();
            for (int i = 0; i < factors.Count; i++)
            {
                if ((mask & (1 << i)) != 0) product *= factors[i].LocalDerivative;
                else left.Add(factors[i].Edge);
            }
            if (Attempt.Close(got, product)) return $"Your value is missing the factor on {string.Join(" and ", left)}. Multiply every edge's local derivative along the path.";
        }
        return "Multiply the local derivatives along the path: " +
               JoinCapped(" × ", factors.Select(f => f.Edge).ToList()) + ".";
    }

    /// <summary>
    /// The adjoint of an input is the sum, over its outgoing edges, of (adjoint of the child ×
    /// local derivative). If <paramref name="got"/> equals the sum over some of those edges, name
    /// the ones left out; otherwise list every contribution.
    /// </summary>
    internal static string MissingPaths(ComputationGraph graph, int inputId, double got)
    {
        var outgoing = graph.Edges.Where(e => e.Parent == inputId).ToList();
        var terms = outgoing.Select(e => (Edge: Describe(graph, e), Term: graph.Node(e.Child).Adjoint * e.LocalDerivative)).ToList();
        int subsets = terms.Count <= MaxSearched ? (1 << terms.Count) - 1 : 0;
        for (int mask = 1; mask < subsets; mask++)
        {
            double sum = 0;
            var left = new List<string>();
            for (int i = 0; i < terms.Count; i++)
            {
                if ((mask & (1 << i)) != 0) sum += terms[i].Term;
                else left.Add(terms[i].Edge);
            }
            if (Attempt.Close(got, sum, 1e-6)) return $"You left out the path through {string.Join(" and ", left)}: {graph.Node(inputId).DisplayName} feeds {terms.Count} nodes, and its adjoint adds one term per edge.";
        }
        string name = graph.Node(inputId).DisplayName;
        return $"In the graph, ∂f/∂{name} = " +
               JoinCapped(" + ", terms.Select(t => $"[{t.Edge}: {Attempt.N(t.Term)}]").ToList()) +
               " (adjoint of the child × local derivative, one term per edge).";
    }

    // A hint lists at most MaxSearched edges, so a large graph cannot flood the cell.
    private static string JoinCapped(string separator, List<string> parts) =>
        parts.Count <= MaxSearched
            ? string.Join(separator, parts)
            : string.Join(separator, parts.Take(MaxSearched)) + $"{separator}… ({parts.Count - MaxSearched} more edges)";

    private static string Describe(ComputationGraph graph, GraphEdge e) =>
        $"edge {graph.Node(e.Parent).DisplayName} → {graph.Node(e.Child).DisplayName} (local derivative {e.Formula} = {Attempt.N(e.LocalDerivative)})";
}
