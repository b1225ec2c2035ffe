// Lesson 1.2.40 · 04-mini-project-graph-sketch — the notebook 04-mini-project-graph-sketch.ipynb as a .NET file-based app (worked solutions).
// GENERATED from solutions/04-mini-project-graph-sketch.ipynb by `dotnet run --project lib/Lesson.Runner -- generate`: edit the solution notebook, not this file.
//
// Run it with only the .NET 10 SDK, from the repository root or from this folder:
//     dotnet run apps/solutions/04-mini-project-graph-sketch.cs
//     dotnet run 04-mini-project-graph-sketch.cs
// The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
// Graphs, charts, the backprop step-through and the feedback go to one offline page, out/04-mini-project-graph-sketch.html
// next to this file; the run prints its path last.
//
// Every method here holds its worked solution; apps/learner has the version with stubs.
// Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
// compiler names the exercise, e.g. "04-mini-project-graph-sketch.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
// An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
// Model answers are folded away at the end of this file: read them after you have tried.

#:project ../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj

using AutoDiff;
using AutoDiff.Sketch;
using AutoDiff.Interactive;
using AutoDiff.Visuals;

// # Lesson 1.2.40 · Mini-project: graph sketch
//
// **Draw a computation graph for f(x, y) = x²y + sin(x).** Sketch it on paper first: which nodes, which
// edges, what local derivative on each edge? Then build it, draw it, step through its backward pass, and
// check the partial derivatives you work out by hand against the graph.

// (The notebook checks here that the library is built; the #:project line at the top builds it.)

AutoDiff.Interactive.Lesson.Setup();

// ## 0. Sketch the graph first, without tracing anything
//
// Write the graph of f(x, y) = x²y + sin x as text, before you see the traced graph in section 1. One
// line per input list, per node and per edge:
//
// - `x, y: input` declares the inputs;
// - `name = one operation` on node names and numbers: `sq = x^2`, `p = sq * y`, `s = sin x`
//   (`x^2 * y` is two operations, so two nodes);
// - `from -> to : local derivative`, one line per edge, with ∂to/∂from as a formula in node names:
//   `x -> sq : 2x`.
//
// The node nothing else uses is the output. The names are yours: the check compares the *structure*
// with the graph traced from f (the same operations on the same operands: x·x is as good as x², y·sq as
// sq·y) and evaluates every local derivative at three points (so 2x, 2*x and x + x all pass).
//
// In the cell below, return it as `GraphSketch.Parse(""" … """)`, one line of the sketch per line of text.

#line 52 "04-mini-project-graph-sketch.cs [0. Sketch the graph first, without tracing anything, MySketch]"
GraphSketch MySketch()
{
    // BEGIN SOLUTION
    return GraphSketch.Parse("""
        x, y: input
        sq = x^2
        p  = sq * y
        s  = sin x
        f  = p + s
        x  -> sq : 2x
        sq -> p  : y
        y  -> p  : sq
        x  -> s  : cos x
        p  -> f  : 1
        s  -> f  : 1
        """);
    // END SOLUTION
}
#line default

Lesson.Show(() => Check.MiniProjectSketch(MySketch));

// ### 0b. The numbers, by hand, at (x, y) = (1.2, 2.5)
//
// Run the forward pass and the backward pass yourself: the value of every node, then its grad
// (∂f/∂node) from the output back, one line per node: `x: value 1.2, grad …`. A number may be a
// calculation with numbers, such as `2*1.2*2.5 + cos(1.2)`; three significant digits are enough. The check
// names the first wrong number and why: a path missing from a sum, or a factor missing from a product.
//
// Return `MySketch().WithValues(""" … """)` in the cell below.

#line 84 "04-mini-project-graph-sketch.cs [0. Sketch the graph first, without tracing anything, MySketchWithNumbers]"
GraphSketch MySketchWithNumbers()
{
    // BEGIN SOLUTION
    return MySketch().WithValues("""
        x:  value 1.2,            grad 2*1.2*2.5 + cos(1.2)
        y:  value 2.5,            grad 1.44
        sq: value 1.44,           grad 2.5
        p:  value 3.6,            grad 1
        s:  value sin(1.2),       grad 1
        f:  value 3.6 + sin(1.2), grad 1
        """);
    // END SOLUTION
}
#line default

Lesson.Show(() => Check.MiniProjectValues(MySketchWithNumbers));

// ## 1. Build and draw the graph
//
// Two inputs, x = 1.5 and y = 2.5 (a point where no two edges carry the same number). `Value.Pow(x, 2)` records x², multiplying by y records x²y, `Value.Sin(x)`
// records sin x, and the sum is the output f. Unlabelled nodes are named by their expression.

var tape = new Tape();
var x = tape.Variable(1.5, "x");
var y = tape.Variable(2.5, "y");
var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
try
{
    f.Backward();
    Lesson.Show(f);
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// What to see:
//
// - **Nodes:** the inputs x and y; the operations x², x²y and sin x; the output f. (The exponent 2 is a
//   constant: it never needs a gradient.)
// - **Edges** carry local derivatives: x → x² carries 2x = 3; x² → x²y carries y = 2.5; y → x²y carries
//   x² = 2.25; x → sin x carries cos x ≈ 0.0707; both edges into f carry 1.
// - **x has two outgoing edges**, so its gradient is a sum of two paths (you will write it down in section 3).
//
// The same graph as text, for Graphviz or Mermaid:

Lesson.Show(() => f.ToGraph().ToMermaid());

// ## 2. Step through the backward pass
//
// The reverse sweep visits the nodes from f back to the inputs. At each step: the adjoint arriving over
// each edge (upstream adjoint × local derivative) and the running sum at the node.

Lesson.Show(() => Lesson.StepThrough(f));

Lesson.Show(() => Lesson.Explain(f));

// ## 3. Check the partials against the graph
//
// Work out ∂f/∂x and ∂f/∂y by hand and write them below. The check compares them with the adjoints of
// the nodes x and y in the graph above (and at two more points). If one is off, it names the path or the edge factor
// that your formula gets wrong. Work them out by hand: calling the library's `Reverse.Grad` gets the right
// numbers but not the exercise.

#line 149 "04-mini-project-graph-sketch.cs [3. Check the partials against the graph, DfDx]"
double DfDx(double x, double y)
{
    // BEGIN SOLUTION
    return 2 * x * y + Math.Cos(x);
    // END SOLUTION
}
#line default

#line 158 "04-mini-project-graph-sketch.cs [3. Check the partials against the graph, DfDy]"
double DfDy(double x, double y)
{
    // BEGIN SOLUTION
    return x * x;
    // END SOLUTION
}
#line default

Lesson.Show(() => Check.MiniProjectPartials(DfDx, DfDy, f));

// (The model answer is folded away at the end of this file: read it after you have tried.)

Lesson.Show(() => ErrorChart.Create("f(x, 2.5) = 2.5x² + sin x",
    t => 2.5 * t * t + Math.Sin(t), x: 1.5, exact: 5 * 1.5 + Math.Cos(1.5),
    complexF: t => 2.5 * t * t + System.Numerics.Complex.Sin(t),
    autodiffDerivative: Reverse.Derivative(t => 2.5 * t * t + Value.Sin(t), 1.5)));

// ## 4. Homework: your own function, drawn the same way
//
// Choose another function of x and y (not the f above) with **at least three operations** (scaling or
// shifting by a constant does not count) (for example
// exp(x·y) + x/y, or tanh(x² − y)·y). Write it below; the check traces it at (x, y) = (1.3, 0.7), runs a
// gradient check (autodiff against central differences) and draws its graph. Pick a function that is smooth
// and finite there: a kink of |·| or relu, the log of a negative number or a division by zero at
// (1.3, 0.7) has no derivative to check, and the check tells you so.

#line 185 "04-mini-project-graph-sketch.cs [4. Homework: your own function, drawn the same way, MyFunction]"
Value MyFunction(Value x, Value y)
{
    // BEGIN SOLUTION
    return Value.Exp(x * y) + x / y;
    // END SOLUTION
}
#line default

Lesson.Show(() => Check.Homework(MyFunction));

// Now sketch your function's graph the same way, as you would on paper (section 0), and compare it with
// the graph the check traces from `MyFunction`:

#line 199 "04-mini-project-graph-sketch.cs [4. Homework: your own function, drawn the same way, MyFunctionSketch]"
GraphSketch MyFunctionSketch()
{
    // BEGIN SOLUTION
    return GraphSketch.Parse("""
        x, y: input
        m = x * y
        e = exp m
        q = x / y
        h = e + q
        x -> m : y
        y -> m : x
        m -> e : e
        x -> q : 1/y
        y -> q : -x/y^2
        e -> h : 1
        q -> h : 1
        """);
    // END SOLUTION
}
#line default

Lesson.Show(() => Check.HomeworkSketch(MyFunctionSketch, MyFunction));

// ### Homework checklist
//
// - [ ] Complete exercises 1.2.40.1 – 1.2.40.9 (`01-starter`, `02-intermediate`, `03-advanced`)
// - [ ] Draw a computation graph for another function (section 4 above — and once on paper)
// - [ ] Review chain rule connections (Exercise 1.2.40.9 and the step-through view above)
//
// **Expected time:** 2–3 hours. Then take the quiz: **`05-quiz.ipynb`**.

// **Your progress.** Every check records its result; this cell lists every exercise of the lesson with
// its status and what to do next.

Lesson.Show(() => Lesson.Progress());

// ════════════════════════════════════════════════════════════════════════════════════════
// MODEL ANSWERS. Folded away here so that you try first: stop reading if you have not
// written your own answers yet. (Your editor can fold this region.)
// ════════════════════════════════════════════════════════════════════════════════════════
#region Model answers

// ── 3. Check the partials against the graph ──
//
// ∂f/∂x = 2xy + cos x (two paths: through x² and through sin x) and ∂f/∂y = x². At (1.5, 2.5):
// ∂f/∂x = 2·1.5·2.5 + cos 1.5 ≈ 7.5707 and ∂f/∂y = 1.5² = 2.25 — the numbers in the x and y nodes of the graph.
//
//
// ## 3b. And numerically?
//
// A finite difference can only approximate ∂f/∂x. Hold y = 2.5 and look at f(x, 2.5) = 2.5x² + sin x near
// x = 1.5: the chart shows how far each numeric method lands from the exact derivative 5x + cos x, for step
// sizes h from 10⁻¹⁶ to 10⁻¹. Too large an h and the truncation error wins; too small and round-off
// wins — the V shape. Autodiff (reverse mode on a fresh tape, drawn as the flat line) has no h: its
// error is zero to the last bit.
#endregion
