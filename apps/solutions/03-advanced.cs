// Lesson 1.2.40 · 03-advanced — the notebook 03-advanced.ipynb as a .NET file-based app (worked solutions).
// GENERATED from solutions/03-advanced.ipynb by `dotnet run --project lib/Lesson.Runner -- generate`: edit the solution notebook, not this file.
//
// Run it with only the .NET 10 SDK, from the repository root or from this folder:
//     dotnet run apps/solutions/03-advanced.cs
//     dotnet run 03-advanced.cs
// The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
// Graphs, charts, the backprop step-through and the feedback go to one offline page, out/03-advanced.html
// next to this file; the run prints its path last.
//
// Every method here holds its worked solution; apps/learner has the version with stubs.
// Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
// compiler names the exercise, e.g. "03-advanced.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
// An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
// Model answers are folded away at the end of this file: read them after you have tried.

#:project ../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj

using AutoDiff;
using AutoDiff.Sketch;
using AutoDiff.Interactive;
using AutoDiff.Visuals;
using static System.FormattableString;
using AutoDiff.Nn;

// # Lesson 1.2.40 · Advanced exercises (1.2.40.7–1.2.40.9)
//
// What reverse mode costs in memory and how checkpointing trades it for time; in what sense autodiff is
// exact (and what happens at a kink); and the chain rule, traced edge by edge through a backward pass.

// (The notebook checks here that the library is built; the #:project line at the top builds it.)

AutoDiff.Interactive.Lesson.Setup();

// The conceptual checks of this notebook: they count wrong tries, so hints get more specific each time.
var concepts = new ConceptChecks();

// ## Exercise 1.2.40.7 — Discuss memory tradeoffs in autodiff

// **Predict first (1.2.40.7.predict).** The experiments below run a chain of 10,000 steps x ← x + 0.001·sin
// x (`x + 0.001 * Value.Sin(x)`) from one input x₀ and differentiate it in reverse mode. How many nodes
// does the tape hold at its peak: without checkpoints, and with 100 checkpoints (the backward pass
// re-traces one segment of 100 steps at a time)? The check runs the library and counts.

#line 46 "03-advanced.cs [Exercise 1.2.40.7, PredictTapePeak]"
(int WithoutCheckpoints, int With100Checkpoints) PredictTapePeak()
{
    // BEGIN SOLUTION
    return (40_001, 401);
    // END SOLUTION
}
#line default
Lesson.Show(() => concepts.Predict("1.2.40.7.predict", PredictTapePeak));

// Your answer (1.2.40.7), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 58 "03-advanced.cs [Exercise 1.2.40.7, MyMemoryAnswer]"
string MyMemoryAnswer()
{
    // BEGIN WRITTEN ANSWER
    return """
        Reverse mode has to keep every intermediate value of the forward pass until the backward pass uses it,
        so memory grows with the length of the computation. Forward mode keeps almost nothing but needs one pass
        per input. Checkpointing keeps only some values and recomputes the rest, trading compute for memory.
        """;
    // END WRITTEN ANSWER
}
#line default

// **Compare with the key points (1.2.40.7.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to memory tradeoffs in autodiff. Return the numbers of those your answer makes,
// e.g. `[1, 3]`; for a missing one, improve your answer above first. The marks are your own assessment: the
// lesson never grades written answers, so with every point marked this part counts as *self-checked*, not
// as correct; an empty answer, the placeholder or a few words count as not attempted yet. A wrong try
// brings hint 1, the next hint 2, then the pointer to the model answer;
// `concepts.Hint("1.2.40.7.keypoints")` gives the next hint at any time.

#line 79 "03-advanced.cs [Exercise 1.2.40.7, KeyPointsOfMyMemoryAnswer]"
int[] KeyPointsOfMyMemoryAnswer()
{
    // BEGIN SOLUTION
    return [1, 2, 3];
    // END SOLUTION
}
#line default
Lesson.Show(() => concepts.KeyPoints("1.2.40.7.keypoints", MyMemoryAnswer, KeyPointsOfMyMemoryAnswer));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: what a long chain puts on the tape
//
// A chain of 10,000 small steps x ← x + 0.001·sin x (think of 10,000 layers, or time steps of a simulation). Every step records its operations on the tape, and all of them
// stay there until the backward pass.

Value ChainStep(Value x) => x + 0.001 * Value.Sin(x);
try
{
    var tape = new Tape();
    var x0 = tape.Variable(0.5, "x₀");
    var xn = x0;
    for (int i = 0; i < 10_000; i++) xn = ChainStep(xn);
    xn.Backward();
    Lesson.Show(TapeStats.Of(tape).ToString());
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// ### Experiment: checkpointing trades memory for recomputation
//
// The same chain with k checkpoints: the forward pass keeps only the k segment starts, and the backward
// pass re-traces one segment at a time. k = 0 is plain reverse mode (everything on one tape).

var runs = Checkpointing.Sweep(ChainStep, 0.5, 10_000, [0, 2, 10, 50, 100, 500, 2_000]);
Lesson.Show(() => CheckpointChart.Create(runs));

try
{
    string Row(ChainGradient r) =>
        Invariant($"k = {r.Checkpoints,5}: tape {r.PeakNodes,6:N0} nodes + {r.Checkpoints,5} checkpoints = peak {MemorySize.Format(r.PeakBytes),9}, ") +
        Invariant($"recomputed {r.RecomputedOperations,6:N0} ops, dxₙ/dx₀ = {r.Derivative:R}") +
        (r.Derivative == runs[0].Derivative ? " (same bits)" : " (DIFFERENT)");
    Lesson.Show(string.Join(Environment.NewLine, runs.Select(Row)));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// Peak memory (the sum in each row) is one segment on the tape (about n/k steps, 41 bytes per node) plus
// the k stored checkpoint values (8 bytes each). The tape keeps shrinking as k grows, but the checkpoints add
// up, so the peak is smallest in between — here near k = 500, where the two parts are about equal — and grows
// again with more checkpoints. The price is at most one extra forward pass of work, and the derivative is the
// same to the last bit.

// ### Experiment: one training step of a small network, scalar vs fused
//
// The chain above is a line of tiny nodes; a network's training step is the same trade-off at scale.
// micrograd records each neuron's b + Σᵢ wᵢxᵢ as one × and one + per weight, so one step of its
// MLP(2 → 16 → 16 → 1) on 100 points of two moons puts 2 nodes per weight per example on the tape. A
// *fused* node records b + Σᵢ wᵢxᵢ as one entry: its operands (the weights, the inputs and the bias) are
// listed as runs of consecutive nodes, 8 bytes a run, and its rule gives all their partials during the sweep
// (the L2 penalty Σ p² is one fused node too). Both graphs compute the same loss and the same gradient. The
// cell records one step of each from the same parameters and reports entries, bytes and time per step; the
// times are measured here, in this cell (the median of 11 steps), so they vary from run to run and from
// machine to machine, while the counts do not.

try
{
    // micrograd's network and data; both trainers step the same model from the same parameters
    // (StepCost.Measure sets them back before every step and leaves them as they were).
    var moonModel = new Mlp(2, [16, 16, 1]);
    var moons = TwoMoons.Generate(100, 0.1);
    var scalarTrainer = new Trainer(moonModel, moons, fused: false);
    var fusedTrainer = new Trainer(moonModel, moons, fused: true);
    var scalarStep = StepCost.Measure(scalarTrainer);
    var fusedStep = StepCost.Measure(fusedTrainer);
    Lesson.Show(string.Join(Environment.NewLine,
        StepCost.Compare(scalarStep, fusedStep),
        "",
        Invariant($"scalar tape: {TapeStats.Of(scalarTrainer.Tape)}"),
        Invariant($"fused tape:  {TapeStats.Of(fusedTrainer.Tape)}")));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// Fewer, larger nodes: the fused tape holds about 8.6× fewer entries and 7× fewer bytes for the same
// loss and gradient, and its sweep runs tight loops over runs of operands instead of visiting one small
// entry per multiplication, so the step also takes a fraction of the time (the last column). What reverse
// mode must keep is set by how the computation is *recorded*, not only by how much arithmetic it does.
// PyTorch and JAX go all the way: their tapes record whole tensor operations (a matrix product, a layer's
// activation), one node for millions of scalar multiplications, and what is left to store is mostly the
// activations themselves — which is where checkpointing, above, comes in.

// ## Exercise 1.2.40.8 — Explain why autodiff is exact for smooth ops

// **Find the kink (1.2.40.8.kink).** Autodiff is exact where every operation is smooth. f(x) = relu(2x − 3)
// + x is not smooth everywhere: find the input x where its slopes from the left and from the right differ,
// so that no derivative exists and autodiff's answer can only be the rule's choice. The check measures both
// slopes at your x with the library.

#line 186 "03-advanced.cs [Exercise 1.2.40.8, KinkOfF]"
double KinkOfF()
{
    // BEGIN SOLUTION
    return 1.5;
    // END SOLUTION
}
#line default
Lesson.Show(() => concepts.FindKink("1.2.40.8.kink", KinkOfF));

// Your answer (1.2.40.8), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 198 "03-advanced.cs [Exercise 1.2.40.8, MyExactnessAnswer]"
string MyExactnessAnswer()
{
    // BEGIN WRITTEN ANSWER
    return """
        Each smooth primitive has an exact derivative formula, and the chain rule combines them exactly, so the
        only error is ordinary floating-point rounding — there is no step size and no approximation.
        """;
    // END WRITTEN ANSWER
}
#line default

// **Compare with the key points (1.2.40.8.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to why autodiff is exact for smooth operations. Return the numbers of those your
// answer makes, e.g. `[1, 3]`; for a missing one, improve your answer above first. The marks are your own
// assessment: the lesson never grades written answers, so with every point marked this part counts as
// *self-checked*, not as correct; an empty answer, the placeholder or a few words count as not attempted
// yet. A wrong try brings hint 1, the next hint 2, then the pointer to the model answer;
// `concepts.Hint("1.2.40.8.keypoints")` gives the next hint at any time.

#line 218 "03-advanced.cs [Exercise 1.2.40.8, KeyPointsOfMyExactnessAnswer]"
int[] KeyPointsOfMyExactnessAnswer()
{
    // BEGIN SOLUTION
    return [1, 2, 3];
    // END SOLUTION
}
#line default
Lesson.Show(() => concepts.KeyPoints("1.2.40.8.keypoints", MyExactnessAnswer, KeyPointsOfMyExactnessAnswer));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: exact at smooth points
//
// The autodiff derivative against the formula at a few points: the difference is zero or one rounding
// unit. The central difference is off by 10⁻¹² to 10⁻¹⁰.

try
{
    (string Name, Func<Value, Value> F, Func<double, double> Plain, Func<double, double> Exact, double X)[] smooth =
    [
        ("sin x", Value.Sin, Math.Sin, Math.Cos, 1.0),
        ("eˣ·x²", v => Value.Exp(v) * v * v, t => Math.Exp(t) * t * t, t => Math.Exp(t) * (t * t + 2 * t), 0.7),
        ("tanh x", Value.Tanh, Math.Tanh, t => 1 - Math.Tanh(t) * Math.Tanh(t), -0.4),
        ("ln(1 + x²)", v => Value.Log(1 + v * v), t => Math.Log(1 + t * t), t => 2 * t / (1 + t * t), 2.0),
    ];
    string Compare((string Name, Func<Value, Value> F, Func<double, double> Plain, Func<double, double> Exact, double X) s)
    {
        double autodiffError = Math.Abs(Reverse.Derivative(s.F, s.X) - s.Exact(s.X));
        double centralError = Math.Abs(Numeric.Derivative(s.Plain, s.X) - s.Exact(s.X));
        return Invariant($"{s.Name,-11} at x = {s.X,4}: autodiff error {autodiffError,8:E1}   central difference error {centralError,8:E1}");
    }
    Lesson.Show(string.Join(Environment.NewLine, smooth.Select(Compare)));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// ### Experiment: at a kink
//
// |x| and relu are not differentiable at 0: the derivative from the left and from the right differ. Autodiff
// returns *a* value (the rule's choice, a subgradient); the central difference averages the two sides.

try
{
    double[] near = [-1e-3, 0, 1e-3];
    string AtKink(double x)
    {
        double absAutodiff = Reverse.Derivative(Value.Abs, x), absCentral = Numeric.Derivative(Math.Abs, x, step: 1e-4);
        double reluAutodiff = Reverse.Derivative(Value.Relu, x), reluCentral = Numeric.Derivative(t => Math.Max(t, 0), x, step: 1e-4);
        return Invariant(
            $"x = {x,6}:  d|x|/dx autodiff {absAutodiff,3}, central {absCentral,4:G3}   relu′ autodiff {reluAutodiff,3}, central {reluCentral,4:G3}");
    }
    Lesson.Show(string.Join(Environment.NewLine, near.Select(AtKink)));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// At x = 0 autodiff says d|x|/dx = 0 and relu′(0) = 0; the central difference says 0 and 0.5. Neither is
// "the" derivative, because there is none. And the program matters, not the function:

try
{
    // relu(x) − relu(−x) is the identity function x, whose derivative is 1 everywhere …
    double IdentityTheHardWay(double x) => Reverse.Derivative(v => Value.Relu(v) - Value.Relu(-v), x);
    Lesson.Show(Invariant(
        $"d/dx [relu(x) − relu(−x)] at x = −1: {IdentityTheHardWay(-1)}, at x = 0: {IdentityTheHardWay(0)}, at x = 1: {IdentityTheHardWay(1)}"));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// … but at 0 the program takes the kink of both relus, and autodiff faithfully reports 0. In practice such
// points have probability zero for real-valued inputs, which is why relu networks train fine.

// ## Exercise 1.2.40.9 — Connect autodiff to chain rule

// **Your answer (1.2.40.9):**
//
// Autodiff is the chain rule applied mechanically: each edge of the graph carries a local derivative, a
// path's contribution is the product of its edges, and a node's gradient is the sum over all its paths to
// the output. Reverse mode computes these products from the output backwards.

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: the chain rule, edge by edge
//
// h(x) = exp(sin(x²)) at x = 0.7 is a chain of three operations. Step through the backward pass: at each
// node, the adjoint arriving from the output times the edge's local derivative gives the next adjoint.

var chainTape = new Tape();
var cx = chainTape.Variable(0.7, "x");
var h = Value.Exp(Value.Sin(Value.Pow(cx, 2))).Named("h");
try
{
    h.Backward();
    Lesson.Show(Lesson.StepThrough(h));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// The same sweep in words:

Lesson.Show(() => Lesson.Explain(h));

// ### Your turn (code): the chain rule by hand
//
// Return h′(x) for h(x) = exp(sin(x²)) as the **product of the three local derivatives** on the path
// x → x² → sin(x²) → h. The check compares it with the adjoint of x in the graph and, if a factor is
// missing, names the edge.

#line 335 "03-advanced.cs [Exercise 1.2.40.9, ChainRuleDerivative]"
double ChainRuleDerivative(double x)
{
    // BEGIN SOLUTION
    double square = x * x;
    double dSquare = 2 * x;                            // edge x → x²
    double dSin = Math.Cos(square);                    // edge x² → sin(x²)
    double dExp = Math.Exp(Math.Sin(square));          // edge sin(x²) → h
    return dExp * dSin * dSquare;
    // END SOLUTION
}
#line default

Lesson.Show(() => Check.ChainRule(ChainRuleDerivative));

// **Takeaway.** Autodiff is the chain rule, organised by the graph: products along edges, sums over paths,
// computed in one sweep. Next: the mini-project, **`04-mini-project-graph-sketch.ipynb`**.

// **Your progress.** Every check records its result; this cell lists every exercise of the lesson with
// its status and what to do next.

Lesson.Show(() => Lesson.Progress());

// ════════════════════════════════════════════════════════════════════════════════════════
// MODEL ANSWERS. Folded away here so that you try first: stop reading if you have not
// written your own answers yet. (Your editor can fold this region.)
// ════════════════════════════════════════════════════════════════════════════════════════
#region Model answers

// ── Exercise 1.2.40.7 — Discuss memory tradeoffs in autodiff ──
//
// - **Reverse mode stores the graph.** The backward pass needs each node's operands (or its local
//   derivatives), so the tape holds one entry per operation until the sweep reaches it: memory is
//   O(number of operations). For deep networks the stored *activations* dominate GPU memory.
// - **Forward mode stores nothing extra** (each value carries its tangent and is discarded), but needs one
//   pass per input direction.
// - **Checkpointing** (rematerialisation) keeps only k checkpoints in the forward pass and re-runs each
//   segment during the backward pass: peak memory falls from O(n) to about O(n/k + k) — O(√n) at best,
//   with k ≈ √n — for roughly one extra forward pass. The gradient is identical.
// - Other levers: freeing nodes as soon as the sweep passes them, mixed precision, reversible layers,
//   and choosing forward mode (or forward-over-reverse for Hessian-vector products) when the shape allows.
//

// ── Exercise 1.2.40.8 — Explain why autodiff is exact for smooth ops ──
//
// Autodiff never approximates a limit. Each primitive's local derivative is a **closed-form rule**
// (d sin a = cos a, d(ab) = b da + a db, …), evaluated at the actual operand values, and the chain rule is
// an **identity** for compositions of differentiable functions. So the result equals the true derivative
// of the program at that point, up to floating-point rounding in evaluating those formulas — about as
// accurate as computing f itself. Finite differences, in contrast, have truncation error from the step h
// *and* cancellation error from subtracting nearly equal numbers.
//
// Caveats: at a point where a primitive is **not differentiable** (|x| at 0, relu at 0, max at a tie) the
// library must pick a value (a subgradient: here sign(0) = 0 and relu′(0) = 0). And autodiff differentiates
// **the program, not the mathematical function**: relu(x) − relu(−x) equals x, but at 0 its autodiff
// derivative is 0, not 1.
//

// ── Exercise 1.2.40.9 — Connect autodiff to chain rule ──
//
// For a composition y = f(g(x)), the chain rule says dy/dx = f′(g(x))·g′(x). A program is a long
// composition of primitives, so:
//
// - each **edge** parent → child carries the local derivative ∂child/∂parent;
// - the derivative along one **path** from input to output is the **product** of its edges' local
//   derivatives;
// - when a value feeds several nodes, the multivariable chain rule **adds** the paths:
//   ∂L/∂v = Σ over children c of ∂L/∂c · ∂c/∂v.
//
// Reverse mode evaluates exactly that last formula, node by node from the output back (adjoints), so the
// sum over exponentially many paths costs only one sweep over the edges. Forward mode evaluates the same
// products from the input side (tangents). Autodiff adds nothing to the chain rule except bookkeeping.
//
#endregion
