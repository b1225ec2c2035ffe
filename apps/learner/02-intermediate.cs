// Lesson 1.2.40 · 02-intermediate — the notebook 02-intermediate.ipynb as a .NET file-based app (learner version, with exercise stubs).
// GENERATED from solutions/02-intermediate.ipynb by `dotnet run --project lib/Lesson.Runner -- generate`: edit the solution notebook, not this file.
//
// Run it with only the .NET 10 SDK, from the repository root or from this folder:
//     dotnet run apps/learner/02-intermediate.cs
//     dotnet run 02-intermediate.cs
// The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
// Graphs, charts, the backprop step-through and the feedback go to one offline page, out/02-intermediate.html
// next to this file; the run prints its path last.
//
// Do the exercises by editing the methods that say `throw new NotImplementedException();`, then run again.
// Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
// compiler names the exercise, e.g. "02-intermediate.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
// An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
// Model answers are folded away at the end of this file: read them after you have tried.

#:project ../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj

using AutoDiff;
using AutoDiff.Sketch;
using AutoDiff.Interactive;
using AutoDiff.Visuals;
using AutoDiff.Nn;
using static System.FormattableString;

// # Lesson 1.2.40 · Intermediate exercises (1.2.40.4–1.2.40.6)
//
// Two ways to run the chain rule — forward and reverse — what each costs, why machine learning uses
// reverse mode, and how backpropagation is reverse mode applied to a network's loss.

// (The notebook checks here that the library is built; the #:project line at the top builds it.)

AutoDiff.Interactive.Lesson.Setup();

// The conceptual checks of this notebook: they count wrong tries, so hints get more specific each time.
var concepts = new ConceptChecks();

// ## Exercise 1.2.40.4 — Describe forward vs reverse mode

// **Predict first (1.2.40.4.predict).** A function f: ℝ¹⁰⁰⁰ → ℝ takes 1,000 inputs to one output. For its
// whole gradient, how many forward-mode passes (dual numbers) and how many reverse-mode sweeps are needed?
// Commit to two numbers; the check runs both modes on such a function and counts.

#line 45 "02-intermediate.cs [Exercise 1.2.40.4, PredictPasses]"
(int ForwardPasses, int ReverseSweeps) PredictPasses()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Predict("1.2.40.4.predict", PredictPasses));

// Your answer (1.2.40.4), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 56 "02-intermediate.cs [Exercise 1.2.40.4, MyModesAnswer]"
string MyModesAnswer()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (1.2.40.4.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to forward vs reverse mode. Return the numbers of those your answer makes, e.g.
// `[1, 3]`; for a missing one, improve your answer above first. The marks are your own assessment: the
// lesson never grades written answers, so with every point marked this part counts as *self-checked*, not
// as correct; an empty answer, the placeholder or a few words count as not attempted yet. A wrong try
// brings hint 1, the next hint 2, then the pointer to the model answer;
// `concepts.Hint("1.2.40.4.keypoints")` gives the next hint at any time.

#line 73 "02-intermediate.cs [Exercise 1.2.40.4, KeyPointsOfMyModes]"
int[] KeyPointsOfMyModes()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("1.2.40.4.keypoints", MyModesAnswer, KeyPointsOfMyModes));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: one forward pass with dual numbers
//
// f(x, y) = x²y + sin x at (2, 3). Seed x with tangent 1 and y with 0: the result's tangent is ∂f/∂x.

var x = new Dual(2, 1);   // primal 2, tangent 1: differentiate with respect to x
var y = new Dual(3, 0);   // primal 3, tangent 0: y is held fixed
Lesson.Show(() => x * x * y + Dual.Sin(x));

// The tangent is 2xy + cos x = 12 + cos 2 ≈ 11.58. To get ∂f/∂y you need a **second** pass seeded (0, 1).
// Reverse mode gets both from one sweep:

Lesson.Show(() => Lesson.Gradient(Reverse.Grad(v => v[0] * v[0] * v[1] + Value.Sin(v[0]), [2.0, 3.0]), "x", "y"));

// ### Your turn (code): forward mode by hand
//
// Return ∂f/∂x of f(x, y) = x²y + sin x from **one forward pass**: build the inputs as `Dual` numbers with
// the right seeds, compute f with them, and return the tangent.

#line 102 "02-intermediate.cs [Exercise 1.2.40.4, ForwardPartialX]"
double ForwardPartialX(double x, double y)
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default

Lesson.Show(() => Check.ForwardPartialX(ForwardPartialX));

// ### Experiment: the same Jacobian, both modes
//
// f: ℝ³ → ℝ² with f(x) = (x₀x₁ + sin x₂, x₀ + x₁x₂). Written **once**, as a class with one generic method
// (C# lambdas cannot be generic), it runs with dual numbers for forward mode and on a tape for reverse mode.
// Forward mode needs one pass per **input** (3), reverse mode one sweep per **output** (2). Same matrix;
// compare the operation counts in the captions.

// (sealed class SmallF : VectorFunction … is declared at the end of this file: C# puts types after the top-level code.)
Lesson.Show(() => Jacobian.ForwardMode(new SmallF(), [1.0, 2.0, 0.5]));

Lesson.Show(() => Jacobian.ReverseMode(new SmallF(), [1.0, 2.0, 0.5]));

// ## Exercise 1.2.40.5 — Explain why reverse mode suits ML

// **Check your idea first (1.2.40.5.choice).** A network has one scalar loss and a million parameters. Why
// does training use reverse mode? Return the letter of the best answer.
//
// - **A** Reverse mode is more accurate than forward mode.
// - **B** One backward sweep gives ∂L/∂θ for every parameter at a small constant times the cost of computing L; forward mode would need one pass per parameter.
// - **C** Reverse mode needs less memory than forward mode.
// - **D** Forward mode cannot differentiate nonlinear activations like tanh.

#line 134 "02-intermediate.cs [Exercise 1.2.40.5, WhyReverseMode]"
char WhyReverseMode()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Choose("1.2.40.5.choice", WhyReverseMode));

// Your answer (1.2.40.5), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 145 "02-intermediate.cs [Exercise 1.2.40.5, MyReverseModeAnswer]"
string MyReverseModeAnswer()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (1.2.40.5.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to why reverse mode suits ML. Return the numbers of those your answer makes, e.g.
// `[1, 3]`; for a missing one, improve your answer above first. The marks are your own assessment: the
// lesson never grades written answers, so with every point marked this part counts as *self-checked*, not
// as correct; an empty answer, the placeholder or a few words count as not attempted yet. A wrong try
// brings hint 1, the next hint 2, then the pointer to the model answer;
// `concepts.Hint("1.2.40.5.keypoints")` gives the next hint at any time.

#line 162 "02-intermediate.cs [Exercise 1.2.40.5, KeyPointsOfMyReverseModeAnswer]"
int[] KeyPointsOfMyReverseModeAnswer()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("1.2.40.5.keypoints", MyReverseModeAnswer, KeyPointsOfMyReverseModeAnswer));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Your turn (code): count the passes
//
// For the full Jacobian of f: ℝⁿ → ℝᵐ (`inputs` = n, `outputs` = m), return how many passes forward mode and
// reverse mode need.

#line 178 "02-intermediate.cs [Exercise 1.2.40.5, PassesForJacobian]"
(int Forward, int Reverse) PassesForJacobian(int inputs, int outputs)
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default

Lesson.Show(() => Check.PassesForJacobian(PassesForJacobian));

// ### Experiment: forward vs reverse cost as n grows
//
// The gradient of f(x) = Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ for n inputs, counted in primitive operations. Forward mode
// repeats the whole function once per input: quadratic in n. Reverse mode traces it once and sweeps back
// once: linear in n. The right panel times both on this machine: those numbers vary from run to run (the
// operation counts on the left do not).

Lesson.Show(() => CostChart.Gradient(CostModel.GradientCost([1, 2, 4, 8, 16, 32, 64, 128, 256, 512])));

// And the crossover: a Jacobian with n = 64 inputs and m outputs. Forward mode costs the same for any m;
// reverse mode grows with m. Reverse wins while m < n (wide Jacobians, like a loss); forward wins when the
// Jacobian is tall.

Lesson.Show(() => CostChart.Jacobian(CostModel.JacobianCost(64, [1, 4, 16, 32, 64, 128, 256])));

// ## Exercise 1.2.40.6 — Describe how backprop uses autodiff

// **Your answer (1.2.40.6):**
//
// _Write your answer here._

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: backprop through one neuron
//
// A neuron n = tanh(w₁x₁ + w₂x₂ + b) and a squared-error loss against a target of 1. After `Backward()`
// every weight node holds ∂loss/∂w: that is all a training step needs.

var tape = new Tape();
var x1 = tape.Constant(2, "x₁");
var x2 = tape.Constant(-1, "x₂");
var w1 = tape.Variable(0.4, "w₁");
var w2 = tape.Variable(-0.6, "w₂");
var bias = tape.Variable(0.1, "b");
var neuron = Value.Tanh(w1 * x1 + w2 * x2 + bias).Named("n");
var loss = Value.Pow(neuron - 1, 2).Named("loss");
try
{
    loss.Backward();
    Lesson.Show(loss);
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// ### Your turn (code): one gradient-descent step
//
// Given a loss, the current parameters `w` and a learning rate η, return the new parameters
// **w − η·∇loss(w)**. Get the gradient with `Reverse.Grad(loss, w)` — one backward pass.

#line 239 "02-intermediate.cs [Exercise 1.2.40.6, GradientStep]"
double[] GradientStep(Func<Value[], Value> loss, double[] w, double learningRate)
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default

Lesson.Show(() => Check.GradientStep(GradientStep));

// ### Experiment: backprop trains a small network
//
// micrograd's demo: a 2-16-16-1 network learns to separate 100 "two moons" points. Each step builds the
// loss over the whole batch on a fresh tape (about 66,000 nodes), runs one backward pass, and
// moves every weight against its gradient. Seeds are fixed, so the curve is the same on every run.

var moons = TwoMoons.Generate(count: 100, noise: 0.1, seed: 1);
var model = new Mlp(2, [16, 16, 1], seed: 1337);
var history = Training.Train(model, moons, steps: 60, Lesson.TrainingProgress(60));
Lesson.Show(() => TrainingChart.Create(history));

try
{
    var last = history[^1];
    Lesson.Show(Invariant($"After {history.Count} steps: loss {last.Loss:F4}, accuracy {100 * last.Accuracy:F0} %. ") +
    Invariant($"Each step recorded {last.TapeNodes:N0} nodes and ran one backward pass."));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// **Takeaway.** One backward pass per step gives the gradient of all the network's parameters: that is why
// reverse mode (backprop) powers deep learning. Continue with **`03-advanced.ipynb`**.

// **Your progress.** Every check records its result; this cell lists every exercise of the lesson with
// its status and what to do next.

Lesson.Show(() => Lesson.Progress());

// ════════════════════════════════════════════════════════════════════════════════════════
// Types the code above uses. C# wants type declarations after all top-level code, so they are here.
// ════════════════════════════════════════════════════════════════════════════════════════

sealed class SmallF : VectorFunction
{
    public override T[] Apply<T>(T[] x) => [x[0] * x[1] + T.Sin(x[2]), x[0] + x[1] * x[2]];
}

// ════════════════════════════════════════════════════════════════════════════════════════
// MODEL ANSWERS. Folded away here so that you try first: stop reading if you have not
// written your own answers yet. (Your editor can fold this region.)
// ════════════════════════════════════════════════════════════════════════════════════════
#region Model answers

// ── Exercise 1.2.40.4 — Describe forward vs reverse mode ──
//
// Both modes apply the same local derivatives and the same chain rule; they differ in the **order** of the
// multiplications.
//
// - **Forward mode** (tangent mode, JVP): each value carries a *tangent* ẋ = ∂value/∂(chosen input
//   direction). Operations update value and tangent together (dual numbers: a + a′ε with ε² = 0). One pass
//   gives J·v: the derivatives of **all outputs** with respect to **one** input direction. No memory beyond
//   the values themselves; n inputs need n passes.
// - **Reverse mode** (adjoint mode, VJP): a forward pass records the graph (the tape); a backward pass seeds
//   the output with 1 and sends *adjoints* ∂output/∂node back over every edge, multiplying by local
//   derivatives and adding at forks. One sweep gives uᵀJ: the derivatives of **one** output with respect to
//   **all** inputs. It must store the graph (memory grows with the computation); m outputs need m sweeps.
//

// ── Exercise 1.2.40.5 — Explain why reverse mode suits ML ──
//
// A training step needs ∇L(θ) for a **scalar** loss L and a parameter vector θ with n = 10⁶–10¹² entries:
// a Jacobian that is 1 × n, a single wide row.
//
// - Reverse mode needs **one** backward sweep per output: here one, at a cost of a small constant (≈ 2–4)
//   times one evaluation of the loss, **independent of n**.
// - Forward mode needs one pass per input direction: n passes, so n times the cost of the loss — a million
//   forward passes for a million parameters.
//
// The price of reverse mode is memory (the graph must be kept until the backward pass), which
// checkpointing controls (Exercise 1.2.40.7). Forward mode wins in the opposite shape: few inputs, many
// outputs (tall Jacobians), or Jacobian-vector products.
//

// ── Exercise 1.2.40.6 — Describe how backprop uses autodiff ──
//
// **Backpropagation is reverse-mode autodiff applied to a neural network's loss.** One training step:
//
// 1. **Forward pass:** feed a batch through the network; every multiply, add and activation is recorded
//    as a node of the graph (tape). The last node is the scalar loss.
// 2. **Backward pass:** seed ∂L/∂L = 1 and sweep the graph in reverse. Each node passes
//    adjoint × local derivative to its inputs (e.g. through tanh: × (1 − tanh²)); weights used for many
//    examples sum their contributions. At the end every weight holds ∂L/∂w.
// 3. **Update:** w ← w − η·∂L/∂w (gradient descent), clear the gradients, repeat.
//
// Backprop is not a separate algorithm: it is the general reverse-mode sweep, specialised to layered
// networks. Frameworks (PyTorch's `loss.backward()`) are exactly this.
//
#endregion
