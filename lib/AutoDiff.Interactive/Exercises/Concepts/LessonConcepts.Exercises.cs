using LessonExercises;

namespace AutoDiff.Interactive;

// Exercises 1.2.40.1–1.2.40.8: what each checked part asks, its options or measurements, and the
// feedback for each mistake. Items are properties (built on use), so the partial files' static
// initialisation order never matters.
public static partial class LessonConcepts
{
    private const int ChainSteps = 10_000, ChainCheckpoints = 100, WideInputs = 1_000;

    private static Choice WhatAutodiffIs => new(ExerciseCatalogue.DefineAutodiffChoice.Id, "Which sentence defines automatic differentiation?",
    [
        Wrong('A', "It builds the formula of f′ from the formula of f, as a computer algebra system does.",
            "that is symbolic differentiation. Autodiff never builds a formula for f′: it works on numbers, at the point where the program runs."),
        Wrong('B', "It evaluates f at x + h and x − h and divides the difference by 2h.",
            "that is numeric differentiation (a central difference): an approximation with truncation and round-off error. Autodiff has no step h."),
        Right('C', "It runs the program and applies each elementary operation's exact derivative at the current values, combining them with the chain rule.",
            "Exact local derivatives, evaluated at numbers, combined by the chain rule: the experiment below matches the formula to the last bit or two."),
        Wrong('D', "It fits a smooth curve through samples of f near x and differentiates the curve.",
            "that approximates f from samples, so its error depends on the samples. Autodiff samples nothing: it applies each operation's derivative rule."),
    ], Hints("Which option uses neither a formula for f′ nor a step h?", "Autodiff knows the derivative of every operation the program runs (+, ×, sin) and chains them."));

    private static KeyPoints DefinitionPoints => new(ExerciseCatalogue.DefineAutodiffKeyPoints.Id,
    [
        "It applies the chain rule to the known derivatives of the elementary operations the program runs.",
        "The result is exact up to floating-point rounding: there is no step size.",
        "It works on numbers at a point, not on formulas: it is neither symbolic nor numeric differentiation.",
    ], Hints("What does autodiff know about each operation (+, ×, sin), and which rule combines that knowledge?",
        "Say what it is not: it builds no formula for f′ and chooses no step h. What does that mean for its accuracy?"));

    private static Prediction PassesForAGradient => new(ExerciseCatalogue.ModesPrediction.Id,
        ["forward-mode passes", "reverse-mode sweeps"], MeasurePasses, 0, Hints(
            "What does one forward pass with dual numbers give: the derivatives of all outputs along one input, or of one output with respect to all inputs?",
            "Forward mode gets one column of the Jacobian per pass, reverse mode one row per sweep. How many columns and rows has the Jacobian of f: ℝ¹⁰⁰⁰ → ℝ?"));

    private static Measured MeasurePasses()
    {
        var x = Enumerable.Range(0, WideInputs).Select(i => 0.001 * i).ToArray();
        double forward = Jacobian.ForwardMode(new CyclicSum(), x).Passes, reverse = Jacobian.ReverseMode(new CyclicSum(), x).Passes;
        const string offByOne = "Off by one: forward mode makes exactly one pass per input, and each pass also computes f's value, so there is no extra or missing pass.";
        return new([forward, reverse],
        [
            new([reverse, forward], "Swapped: forward mode seeds one input per pass (one column of the Jacobian), so a function of 1,000 inputs needs 1,000 passes; reverse mode seeds one output per sweep (one row), and f has one output."),
            new([1, double.NaN], "One forward pass gives the derivative along the one input whose tangent you seeded: the other 999 tangents are 0. A gradient needs a pass per input."),
            new([double.NaN, forward], "One reverse sweep seeds the single output and carries adjoints to all 1,000 inputs at once: reverse mode needs a sweep per output, not per input."),
            new([forward - 1, double.NaN], offByOne),
            new([forward + 1, double.NaN], offByOne),
            new([double.NaN, reverse + 1], "A sweep is the backward pass, one per output. The trace that records the tape runs once before it, like one evaluation of f; it is not a sweep."),
        ], "Forward mode needs one pass per input, reverse mode one sweep per output: a gradient (one output) is reverse mode's best case.");
    }

    private static KeyPoints ModesPoints => new(ExerciseCatalogue.ModesKeyPoints.Id,
    [
        "Both modes apply the same local derivatives and the chain rule; they differ in the order of the multiplications.",
        "Forward mode carries a tangent with each value from the inputs forward (dual numbers): one pass per input direction.",
        "Reverse mode records the graph, then sends adjoints back from the output: one sweep per output, and the graph must be stored.",
    ], Hints("In which direction does each mode walk the graph, and what does each value carry along?",
        "Count the work: one pass gives one column of the Jacobian (forward) or one row (reverse). What does reverse mode have to keep?"));

    private static Choice WhyReverseForMl => new(ExerciseCatalogue.ReverseForMlChoice.Id, "A network has one scalar loss and a million parameters. Why does training use reverse mode?",
    [
        Wrong('A', "Reverse mode is more accurate than forward mode.",
            "both modes apply the same derivative rules and are exact up to rounding. They differ in cost, not in accuracy."),
        Right('B', "One backward sweep gives ∂L/∂θ for every parameter at a small constant times the cost of computing L; forward mode would need one pass per parameter.",
            "A scalar loss makes the Jacobian a single row, which reverse mode gets in one sweep: a million times fewer passes than forward mode here."),
        Wrong('C', "Reverse mode needs less memory than forward mode.",
            "it is the other way round. Reverse mode keeps the graph until the backward pass, forward mode keeps almost nothing: reverse mode wins on time and pays in memory (1.2.40.7)."),
        Wrong('D', "Forward mode cannot differentiate nonlinear activations like tanh.",
            "dual numbers handle every operation that has a derivative rule, tanh included. Forward mode could train the network, one pass per parameter."),
    ], Hints("Count passes: how many does each mode need for one output and a million inputs?",
        "Accuracy is the same in both modes. Compare their time for a 1 × 10⁶ Jacobian, and which one pays in memory."));

    private static KeyPoints ReverseForMlPoints => new(ExerciseCatalogue.ReverseForMlKeyPoints.Id,
    [
        "The loss is one scalar and the parameters are many: the Jacobian is a single wide row.",
        "Reverse mode gets that row in one sweep, at a small constant times the cost of the loss, whatever the number of parameters.",
        "Forward mode would need one pass per parameter.",
    ], Hints("What shape has the Jacobian of a scalar loss with respect to n parameters?",
        "One sweep of reverse mode gives one row; one pass of forward mode gives one column. Which is cheaper for a 1 × n Jacobian?"));

    private static Value ChainStep(Value x) => x + 0.001 * Value.Sin(x);

    private static Prediction TapePeak => new(ExerciseCatalogue.MemoryPrediction.Id,
        ["nodes at the peak without checkpoints", $"with {ChainCheckpoints} checkpoints"], MeasureTapePeak, 0.01, Hints(
            "How many operations does one step x + 0.001·sin x record, and how long do they stay on the tape?",
            $"With k checkpoints the backward pass re-traces one segment of {ChainSteps:N0}/k steps at a time: what is on the tape then?"));

    private static Measured MeasureTapePeak()
    {
        var oneStep = new Tape();
        ChainStep(oneStep.Variable(0.5));
        var stepOps = TapeStats.Of(oneStep).ByOp.Where(kv => kv.Key != Op.Input).ToList();
        int perStep = stepOps.Sum(kv => kv.Value);
        string names = string.Join(", ", stepOps.Select(kv => Primitives.Of(kv.Key).Symbol));
        double whole = Checkpointing.Gradient(ChainStep, 0.5, ChainSteps, 0).PeakNodes;
        double segmented = Checkpointing.Gradient(ChainStep, 0.5, ChainSteps, ChainCheckpoints).PeakNodes;
        int operations = perStep - stepOps.Where(kv => kv.Key == Op.Constant).Sum(kv => kv.Value);
        string constants = $"The constant 0.001 is a node on the tape too: each step records {perStep} nodes ({names}), not {operations}.";
        return new([whole, segmented],
        [
            new([ChainSteps, double.NaN], $"One node per step is too few: each step x + 0.001·sin x records {perStep} nodes ({names}), and all {ChainSteps:N0} steps stay on the tape until the backward pass."),
            new([operations * ChainSteps + 1, double.NaN], constants),
            new([double.NaN, operations * (ChainSteps / ChainCheckpoints) + 1], constants),
            new([double.NaN, whole], $"Checkpointing lowers the peak: the forward pass keeps only the {ChainCheckpoints} segment starts (plain numbers), and the backward pass re-traces one segment at a time on a tape it clears in between."),
            new([double.NaN, ChainCheckpoints], $"The {ChainCheckpoints} checkpoints are plain numbers, not tape nodes. At its peak the tape holds one re-traced segment: {ChainSteps / ChainCheckpoints} steps of {perStep} nodes, plus its input."),
            new([double.NaN, whole + ChainCheckpoints], "Checkpoints do not add to the whole tape: with them, the whole chain is never on the tape at once."),
        ], $"Without checkpoints every step's {perStep} nodes stay until the backward pass ({ChainSteps:N0} × {perStep} + the input); with {ChainCheckpoints} checkpoints the tape holds one segment at a time ({ChainSteps / ChainCheckpoints} × {perStep} + its input).");
    }

    private static KeyPoints MemoryPoints => new(ExerciseCatalogue.MemoryKeyPoints.Id,
    [
        "Reverse mode keeps every intermediate (the tape) until the backward pass: memory grows with the number of operations.",
        "Forward mode keeps almost nothing extra, but needs one pass per input.",
        "Checkpointing stores only some values and recomputes the rest during the backward pass: less memory for more computation, the same gradient.",
    ], Hints("What does the backward pass need from the forward pass, and when can it be freed?",
        "Compare what each mode keeps, then name the technique that trades recomputation for memory."));

    private static KinkSearch ReluKink => new(ExerciseCatalogue.ExactnessKink.Id, "f(x) = relu(2x − 3) + x", x => Value.Relu(2 * x - 3) + x,
    [
        (0, "relu has its kink where its argument is 0, and here the argument is 2x − 3, not x: at x = 0 it is −3."),
        (-1.5, "At x = −1.5 the argument 2x − 3 is −6, not 0: check the sign when you solve for x."),
        (3, "At x = 3 the argument 2x − 3 is 3, not 0: solve for x completely."),
    ], Hints("Where does relu(u) change slope, and what is u here?", "Set the argument of relu to zero and solve for x."));

    private static KeyPoints ExactnessPoints => new(ExerciseCatalogue.ExactnessKeyPoints.Id,
    [
        "Each primitive's local derivative is an exact formula (cos a for sin a), evaluated at the actual values.",
        "The chain rule combines them exactly, so the only error is floating-point rounding: no step size, no truncation.",
        "At a kink (|x| or relu at 0) there is no derivative: autodiff returns the rule's choice, and it differentiates the program, not the mathematical function.",
    ], Hints("Where could an error come from: the local derivatives, the way they are combined, or the arithmetic?",
        "Think of the kink you just found: what does autodiff return where no derivative exists?"));

    // f(x) = Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ mod n: every input matters, one output.
    private sealed class CyclicSum : VectorFunction
    {
        public override T[] Apply<T>(T[] x)
        {
            var sum = T.Constant(0);
            for (int i = 0; i < x.Length; i++) sum += T.Sin(x[i]) * x[(i + 1) % x.Length];
            return [sum];
        }
    }
}
