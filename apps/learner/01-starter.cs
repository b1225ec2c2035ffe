// Lesson 1.2.40 · 01-starter — the notebook 01-starter.ipynb as a .NET file-based app (learner version, with exercise stubs).
// GENERATED from solutions/01-starter.ipynb by `dotnet run --project lib/Lesson.Runner -- generate`: edit the solution notebook, not this file.
//
// Run it with only the .NET 10 SDK, from the repository root or from this folder:
//     dotnet run apps/learner/01-starter.cs
//     dotnet run 01-starter.cs
// The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
// Graphs, charts, the backprop step-through and the feedback go to one offline page, out/01-starter.html
// next to this file; the run prints its path last.
//
// Do the exercises by editing the methods that say `throw new NotImplementedException();`, then run again.
// Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
// compiler names the exercise, e.g. "01-starter.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
// An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
// Model answers are folded away at the end of this file: read them after you have tried.

#:project ../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj

using AutoDiff;
using AutoDiff.Sketch;
using AutoDiff.Interactive;
using AutoDiff.Visuals;
using static System.FormattableString;

// # Lesson 1.2.40 · Starter exercises (1.2.40.1–1.2.40.3)
//
// Three ideas: what autodiff *is*, what a computation graph *stores*, and how autodiff differs from
// numeric differentiation. Each exercise: write your answer, compare with the model answer, then run the
// experiment. Code exercises have a check right below them.

// (The notebook checks here that the library is built; the #:project line at the top builds it.)

AutoDiff.Interactive.Lesson.Setup();

// The conceptual checks of this notebook: they count wrong tries, so hints get more specific each time.
var concepts = new ConceptChecks();

// ## Exercise 1.2.40.1 — Define autodiff in one sentence

// **Check your idea first (1.2.40.1.choice).** Which sentence defines automatic differentiation? Return the
// letter of the best answer.
//
// - **A** It builds the formula of f′ from the formula of f, as a computer algebra system does.
// - **B** It evaluates f at x + h and x − h and divides the difference by 2h.
// - **C** It runs the program and applies each elementary operation's exact derivative at the current values, combining them with the chain rule.
// - **D** It fits a smooth curve through samples of f near x and differentiates the curve.

#line 49 "01-starter.cs [Exercise 1.2.40.1, WhatAutodiffIs]"
char WhatAutodiffIs()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Choose("1.2.40.1.choice", WhatAutodiffIs));

// Your answer (1.2.40.1), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 60 "01-starter.cs [Exercise 1.2.40.1, MyDefinition]"
string MyDefinition()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (1.2.40.1.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to what autodiff is. Return the numbers of those your answer makes, e.g.
// `[1, 3]`; for a missing one, improve your answer above first. The marks are your own assessment: the
// lesson never grades written answers, so with every point marked this part counts as *self-checked*, not
// as correct; an empty answer, the placeholder or a few words count as not attempted yet. A wrong try
// brings hint 1, the next hint 2, then the pointer to the model answer;
// `concepts.Hint("1.2.40.1.keypoints")` gives the next hint at any time.

#line 77 "01-starter.cs [Exercise 1.2.40.1, KeyPointsOfMyDefinition]"
int[] KeyPointsOfMyDefinition()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("1.2.40.1.keypoints", MyDefinition, KeyPointsOfMyDefinition));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: one function, three ways to differentiate it
//
// Write f once, generically over the number type, and differentiate it by reverse mode (a traced tape),
// forward mode (dual numbers) and a central difference. The exact answer is f′(x) = 2x sin x + x² cos x.

try
{
    T F<T>(T x) where T : IScalar<T> => x * x * T.Sin(x);

    double x0 = 1.5;
    double exact = 2 * x0 * Math.Sin(x0) + x0 * x0 * Math.Cos(x0);
    double reverse = Reverse.Derivative(F, x0);
    double forward = Forward.Derivative(F, x0);
    double numeric = Numeric.Derivative(t => F<Real>(t), x0);
    string Line(string method, double d) =>
        Invariant($"{method,-28} f′(1.5) = {d,-20:R} |error| = {Math.Abs(d - exact):E1}");
    Lesson.Show(string.Join(Environment.NewLine,
        Line("reverse mode (tape)", reverse),
        Line("forward mode (dual numbers)", forward),
        Line("central difference", numeric)));
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// Both autodiff modes agree with the formula to the last bit or two; the central difference is off from about
// the 10th digit on. Same function, no derivative written by hand.

// ## Exercise 1.2.40.2 — Explain computation graph nodes

// **Your answer (1.2.40.2):**
//
// _Write your answer here._

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Experiment: the graph of an expression
//
// Here is the graph of `out = tanh(a·b + a)`. Hover over a node or an edge for details.

try
{
    var tape = new Tape();
    var a = tape.Variable(0.5, "a");
    var b = tape.Variable(-1.5, "b");
    var output = Value.Tanh(a * b + a).Named("out");
    output.Backward();
    Lesson.Show(output);
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// Read it left to right for the forward pass (values), right to left for the backward pass (gradients).
// `a` has two outgoing edges, so ∂out/∂a = (1 − tanh²)·(b + 1).
//
// ### Your turn (code): build a graph
//
// Write `G` so that it builds **g(x, y) = (x + y)·y** from its traced inputs. Its graph must have the
// inputs x and y, one `+` node and one `×` node, and y must feed both operations.

#line 151 "01-starter.cs [Exercise 1.2.40.2, G]"
Value G(Value x, Value y)
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default

Lesson.Show(() => Check.GraphNodes(G));

// ## Exercise 1.2.40.3 — Compare autodiff vs numeric gradients

// **Your answer (1.2.40.3):**
//
// _Write your answer here._

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### Your turn (code): a central difference
//
// Write the central difference **(f(x + h) − f(x − h)) / 2h**.

#line 173 "01-starter.cs [Exercise 1.2.40.3, CentralDifference]"
double CentralDifference(Func<double, double> f, double x, double h)
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default

Lesson.Show(() => Check.CentralDifference(CentralDifference));

// ### Experiment: numeric vs exact error
//
// The error of each finite-difference method against the step h, for f(x) = sin x at x = 1 (f′(1) = cos 1),
// on log–log axes. Large h: truncation error dominates (slope 1 for forward, 2 for central, 4 for the
// five-point stencil). Small h: round-off dominates and the error grows again like ε/h — a V. Each
// method's best h is marked. Autodiff's error sits at machine precision for every h: it has no h.

Lesson.Show(() => ErrorChart.Create());

// The same chart for any function you like: give the function, the point and the exact derivative (here
// eˣ at x = 0, where f′(0) = 1), plus f over complex numbers to include the complex-step method.

Lesson.Show(() => ErrorChart.Create("eˣ", Math.Exp, 0, 1, System.Numerics.Complex.Exp, Reverse.Derivative(Value.Exp, 0)));

// **Takeaway.** Finite differences are great for *checking* gradients and hopeless for *training* with
// millions of parameters. Continue with **`02-intermediate.ipynb`**.

// **Your progress.** Every check records its result; this cell lists every exercise of the lesson with
// its status and what to do next.

Lesson.Show(() => Lesson.Progress());

// ════════════════════════════════════════════════════════════════════════════════════════
// MODEL ANSWERS. Folded away here so that you try first: stop reading if you have not
// written your own answers yet. (Your editor can fold this region.)
// ════════════════════════════════════════════════════════════════════════════════════════
#region Model answers

// ── Exercise 1.2.40.1 — Define autodiff in one sentence ──
//
// **Automatic differentiation computes the exact derivative of a function given as a program by applying
// the chain rule to the known derivatives of the elementary operations the program executes.**
//
// It is neither *symbolic* differentiation (no formula for f′ is ever built, so there is no expression
// swell) nor *numeric* differentiation (no step size h, so no truncation or cancellation error): it works
// on numbers, at the point you evaluate, and is exact up to floating-point rounding.
//

// ── Exercise 1.2.40.2 — Explain computation graph nodes ──
//
// A computation graph has one **node per value** the program computes:
//
// - **Leaf nodes** are the inputs (variables we differentiate with respect to) and constants.
// - **Operation nodes** are primitive operations (+, ×, sin, exp, …). Each stores its **primal** value
//   (computed forward) and, after the backward pass, its **adjoint** ∂output/∂node.
// - **Edges** run from each operand to the operation that used it. Each edge carries the **local
//   derivative** ∂child/∂parent (for `a × b` the edge from `a` carries `b`).
// - The **output** node is the value we differentiate, usually a loss.
//
// A value used twice has two outgoing edges; in the backward pass its adjoint is the **sum** of what
// arrives over both (the multivariable chain rule).
//

// ── Exercise 1.2.40.3 — Compare autodiff vs numeric gradients ──
//
// | | numeric (finite differences) | autodiff |
// |---|---|---|
// | how | evaluate f at x ± h, divide by the step | apply exact local derivatives with the chain rule |
// | accuracy | truncation error O(h) or O(h²) plus round-off O(ε/h): at best ~1e-8 (forward) or ~1e-11 (central) | exact up to rounding (~1e-16 relative) |
// | cost of ∇f, f: ℝⁿ → ℝ | n + 1 (forward) or 2n (central) evaluations | reverse mode: one forward + one backward pass, a small constant × cost(f) |
// | needs | only a black-box f | the program's operations (a tape or dual numbers) |
// | use | **checking** autodiff (gradient checks), black boxes | training models |
//
// Numeric differentiation has to choose h and loses half the digits (or more); autodiff has no h.
//
#endregion
