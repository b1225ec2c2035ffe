using LessonExercises;

namespace AutoDiff.Interactive;

// Conceptual questions 5–7 and the explanation half of the coding challenge.
public static partial class LessonConcepts
{
    private static Choice WhyAutodiffForMl => new(ExerciseCatalogue.ImportanceChoice.Id, "Why is autodiff important for ML?",
    [
        Wrong('A', "Because neural networks cannot be differentiated by hand.",
            "they can, since every operation has a derivative. By hand it is slow and error-prone for every new architecture, which is what autodiff removes."),
        Wrong('B', "Because numeric gradients cannot be computed for a network.",
            "they can, and they are used to check autodiff. But they cost about 2n evaluations of the loss for n parameters, and they are approximate."),
        Right('C', "Because training needs ∇L(θ) at every step, and autodiff gives it exactly, at a small constant times the cost of the loss, for any model written as code.",
            "Exact, cheap whatever the number of parameters, and automatic: that is what gradient-based training needs at every step."),
        Wrong('D', "Because autodiff finds the minimum of the loss.",
            "autodiff only gives the gradient at the current parameters. The optimiser (gradient descent) uses it to step towards a minimum."),
    ], Hints("What does every step of training need, and how often?", "Compare the three ways to get a gradient (by hand, numeric, autodiff) on accuracy, cost and effort."));

    private static KeyPoints ImportancePoints => new(ExerciseCatalogue.ImportanceKeyPoints.Id,
    [
        "Training is gradient-based optimisation: every step needs the gradient of the loss.",
        "Autodiff gives that gradient exactly, at a small constant times the cost of the loss, whatever the number of parameters.",
        "It works automatically for any model written as code: no derivation by hand, no step size.",
    ], Hints("What does gradient descent need at every step?", "Name three properties of autodiff's gradient: how accurate, how expensive, how much work for a new model."));

    private static Choice WhatAGraphStores => new(ExerciseCatalogue.GraphContentChoice.Id, "What does this library's tape store for each node?",
    [
        Wrong('A', "The symbolic formula of the node's derivative.",
            "no formula is built; the tape holds numbers. Each local derivative is stored as its value at the traced point."),
        Right('B', "The operation, references to its operands, its forward value and its local partial derivatives; the backward pass adds its adjoint.",
            "That is one TapeEntry: op, parent indices, primal, local partials, in evaluation order; adjoints accumulate during the sweep."),
        Wrong('C', "Only the inputs and the output; the intermediates are recomputed when needed.",
            "without the intermediates the backward pass cannot evaluate local derivatives such as cos a, which needs a. Recomputing them is checkpointing, an option to save memory."),
        Wrong('D', "A finite-difference estimate of each node's gradient.",
            "nothing is approximated: the local derivatives come from exact rules, and the gradients from the backward pass."),
    ], Hints("What does the backward pass need at each node to multiply and pass on an adjoint?", "Think of one TapeEntry: what fields would you need to redo the chain rule at that node?"));

    private static KeyPoints GraphContentPoints => new(ExerciseCatalogue.GraphContentKeyPoints.Id,
    [
        "A node per value: the operation (or input, or constant) that produced it.",
        "Edges: which operands each operation used.",
        "Each node's forward value and the local derivatives the backward pass needs; the adjoints accumulate during the sweep.",
    ], Hints("What would you need to redraw the graph, and what to run the backward pass on it?", "Nodes, edges, and the numbers on both: forward values, local derivatives, adjoints."));

    private static Prediction ScalingWithParameters => new(ExerciseCatalogue.ScalingPrediction.Id,
        ["growth of reverse-mode operations", "growth of forward-mode operations"], MeasureScaling, 0.05, Hints(
            "When n doubles, f itself costs twice as much. How many times does each mode run (a pass over) f?",
            "Reverse mode: one trace and one sweep, whatever n. Forward mode: n passes, each the whole of f."));

    private static Measured MeasureScaling()
    {
        var rows = CostModel.GradientCost([256, 512]);
        double reverse = (double)rows[1].ReverseOperations / rows[0].ReverseOperations;
        double forward = (double)rows[1].ForwardOperations / rows[0].ForwardOperations;
        return new([reverse, forward],
        [
            new([1, double.NaN], "Reverse mode still needs only one sweep, but that sweep (and the trace before it) covers every operation of f, and f doubled: the gradient costs a constant times f, not a constant."),
            new([double.NaN, 2], "Forward mode's passes double (one per input) and each pass runs the whole of f, which doubled too: 2 × 2."),
            new([forward, reverse], "Swapped: forward mode repeats f once per input (n passes over a function that grows with n); reverse mode traces f once and sweeps once."),
            new([100 * reverse, 100 * forward], "That is the growth as a percentage: return the factor, the new count divided by the old one (200 % is a factor of 2)."),
            new([100 * (reverse - 1), 100 * (forward - 1)], "That is the increase as a percentage: return the factor, the new count divided by the old one (+100 % is a factor of 2)."),
            new([reverse - 1, forward - 1], "That is the increase, not the factor: return the new count divided by the old one (an increase by 1 is a factor of 2)."),
        ], "Reverse mode grows like f itself (linear in n here); forward mode like n × f (quadratic). For a scalar loss, reverse mode's gradient costs a small constant times one evaluation, whatever the number of parameters.");
    }

    private static KeyPoints ScalingPoints => new(ExerciseCatalogue.ScalingKeyPoints.Id,
    [
        "For one scalar output the whole gradient costs a small constant times one evaluation of the function, whatever the number of parameters.",
        "Forward mode would need one pass per parameter.",
        "The price is memory: the graph is kept until the backward pass (checkpointing trades it for recomputation).",
    ], Hints("How many sweeps does reverse mode need for one output, and what does one sweep cost?", "Time scales with the cost of f, not with n; what about memory?"));

    private static KeyPoints ExplanationPoints => new(ExerciseCatalogue.ChallengeKeyPoints.Id,
    [
        "The forward pass: each intermediate and its value.",
        "The backward pass from the output's seed 1: each node passes its adjoint times the local derivative to its operands.",
        "A value used more than once adds the contributions of its paths, which gives f′(x).",
    ], Hints("Did you name every intermediate with its value before going backwards?", "Follow the adjoint from f back to x, one edge at a time, and say what happens where two paths meet."));
}
