using LessonExercises;

namespace AutoDiff.Interactive;

// The challenge's ordering: the backward pass of f(x) = sin(x²) + x. The steps are written by hand
// (shown shuffled); which step must precede which is read from the traced graph, so the rules are
// the graph's own dependencies.
public static partial class LessonConcepts
{
    private const char Seed = 'B';

    private static readonly (Op? Op, char Letter, string Text)[] SumOfSineSteps =
    [
        (Op.PowConst, 'A', "x² passes its adjoint × 2x to x."),
        (null, Seed, "Seed the output: f̄ = ∂f/∂f = 1."),
        (Op.Input, 'C', "x adds the two contributions it received: x̄ = 1 + 2x·cos(x²)."),
        (Op.Add, 'D', "The sum passes its adjoint × 1 to sin(x²) and to x."),
        (Op.Sin, 'E', "sin(x²) passes its adjoint × cos(x²) to x²."),
    ];

    private static Ordering BackwardPassSteps()
    {
        var tape = new Tape();
        var x = tape.Variable(0.5, "x");
        var graph = tape.ToGraph((Value.Sin(Value.Pow(x, 2)) + x).Named("f"));
        char? LetterOf(GraphNode node) =>
            SumOfSineSteps.Where(s => s.Op == node.Op).Select(s => (char?)s.Letter).FirstOrDefault();
        var rules = new List<Precedence>
        {
            new(Seed, LetterOf(graph.Node(graph.OutputId)) ?? throw new InvalidOperationException("the output has no step"),
                "The backward pass starts from the output: its adjoint f̄ = 1 is set before any node passes anything on."),
        };
        foreach (var child in graph.Nodes.Reverse())
        {
            foreach (var edge in graph.Edges.Where(e => e.Child == child.Id))
            {
                var parent = graph.Node(edge.Parent);
                if (LetterOf(parent) is not { } before || LetterOf(child) is not { } after) continue;
                rules.Add(new(after, before, parent.Kind == NodeKind.Input
                    ? $"{parent.DisplayName}'s adjoint is complete only after every node that uses {parent.DisplayName} has sent its share, {child.DisplayName} included."
                    : $"{parent.DisplayName} gets its adjoint from {child.DisplayName}, so it can pass it on only after {child.DisplayName} has."));
            }
        }
        return new(ExerciseCatalogue.ChallengeOrder.Id, SumOfSineSteps.Select(s => new OrderingStep(s.Letter, s.Text)).ToList(), rules,
            "Each node passes its adjoint on only after every node that uses it has sent its share: reverse evaluation order.",
            Hints("Which adjoint is known before any other?", "A node can pass its adjoint on only once it has received everything from the nodes that use it. Which node uses sin(x²)?"));
    }
}
