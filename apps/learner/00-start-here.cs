// Lesson 1.2.40 · 00-start-here — the notebook 00-start-here.ipynb as a .NET file-based app (learner version, with exercise stubs).
// GENERATED from solutions/00-start-here.ipynb by `dotnet run --project lib/Lesson.Runner -- generate`: edit the solution notebook, not this file.
//
// Run it with only the .NET 10 SDK, from the repository root or from this folder:
//     dotnet run apps/learner/00-start-here.cs
//     dotnet run 00-start-here.cs
// The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
// Graphs, charts, the backprop step-through and the feedback go to one offline page, out/00-start-here.html
// next to this file; the run prints its path last.
//
// Do the exercises by editing the methods that say `throw new NotImplementedException();`, then run again.
// Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
// compiler names the exercise, e.g. "00-start-here.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
// An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
// Model answers are folded away at the end of this file: read them after you have tried.

#:project ../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj

using AutoDiff;
using AutoDiff.Sketch;
using AutoDiff.Interactive;
using AutoDiff.Visuals;

// # Lesson 1.2.40: Automatic Differentiation — start here
//
// **Estimated time:** 8 hours · **Difficulty:** Intermediate · **Prerequisites:** Lesson 1.2.39 · **Topic:** Calculus for ML
//
// Every model you will train in this course learns by following a gradient. This lesson shows where those
// gradients come from: **automatic differentiation** (autodiff), the technique inside PyTorch, JAX and
// TensorFlow, built here in plain C# so you can watch every step.

// ## Learning objectives
//
// By the end of this lesson you will be able to:
//
// - **Explain automatic differentiation (autodiff):** a program computes f; autodiff applies the derivative
//   rule of every primitive operation it performs and combines them with the chain rule, giving f′ exactly.
// - **Describe computation graphs:** nodes are inputs and operations, edges carry values forward and
//   derivatives backward.
// - **Compare autodiff to numerical differentiation:** finite differences approximate f′ and suffer
//   truncation and round-off error; autodiff is exact to rounding and costs a small multiple of f.
// - **Connect autodiff to backprop:** backpropagation is reverse-mode autodiff applied to a network's loss.
//
// ## Core ideas
//
// 1. **Autodiff computes exact derivatives efficiently.** No symbolic algebra, no step size h: each
//    primitive (×, +, sin, exp, …) knows its local derivative, and the chain rule composes them. Reverse
//    mode gives the whole gradient of a scalar loss in one backward sweep, whatever the number of parameters.
// 2. **Computation graphs store operations.** Running f records each operation, its inputs and its value.
//    That record, the graph (here: a *tape*), is what the backward pass walks, from the output back to the
//    inputs, multiplying local derivatives along edges and adding over paths.

// ## The notebooks
//
// | notebook | what you do |
// |---|---|
// | `01-starter.ipynb` | Exercises 1.2.40.1–3: define autodiff, read a computation graph, compare with numeric gradients |
// | `02-intermediate.ipynb` | Exercises 1.2.40.4–6: forward vs reverse mode, why reverse mode suits ML, backprop training a small network |
// | `03-advanced.ipynb` | Exercises 1.2.40.7–9: memory and checkpointing, exactness (and kinks), the chain rule edge by edge |
// | `04-mini-project-graph-sketch.ipynb` | Mini-project: the graph of f(x, y) = x²y + sin x, its backward pass, and your own function (homework) |
// | `05-quiz.ipynb` | Quiz: four true/false items with a score, three conceptual questions, the coding challenge, takeaways |
//
// Each exercise has an answer cell for you, a collapsible **model answer**, and a runnable experiment. Code
// exercises have a cell marked `// YOUR CODE HERE` and a **check** right below it that says *correct*,
// *not attempted yet*, or *not yet right* with a hint (which input, expected vs got, which graph node disagrees).
// If a check cell instead shows `error CS0103: The name '…' does not exist in the current context`, the cell
// that defines that name has not run yet in this kernel: run the cells above it (or *Run All*), then the check again.
// The folder `notebooks/` holds your versions; `solutions/` holds the worked ones (try first!).

// ## How to run the notebooks
//
// **First, once, at the repository root** (needs the .NET 10 SDK):
//
// ```bash
// dotnet build
// ```
//
// The notebooks load the built library from `../artifacts/bin/AutoDiff.Interactive/debug/`. If you open a
// notebook before building, its first cell says so; build, then restart the kernel.
//
// **VS Code.** Install VS Code's **Jupyter** extension and register the .NET kernel (the Jupyter steps
// below), open the repository folder, open `notebooks/01-starter.ipynb`, choose *Select Kernel* →
// *Jupyter Kernel…* → **.NET (C#)** and use *Run All* or run cell by cell (Shift+Enter). (The older
// *Polyglot Notebooks* extension was deprecated upstream in 2026; installed copies keep working.)
//
// **Jupyter (the .NET Interactive kernel).** Get Jupyter (Debian/Ubuntu: `sudo apt-get install
// jupyter-notebook`; or `pip install notebook`), then from the repository root:
//
// ```bash
// dotnet tool restore
// mkdir -p ~/.local/share/jupyter/kernels    # install fails on a fresh machine without it
// dotnet interactive jupyter install
// jupyter notebook notebooks/
// ```
//
// then pick the **.NET (C#)** kernel.
//
// **Headless, no notebook host at all.** The lesson runner executes every notebook in the real kernel and
// writes an offline HTML lesson (graphs, charts, your exercise status) to `artifacts/lesson/index.html`:
//
// ```bash
// dotnet run --project lib/Lesson.Runner -- run
// ```

// ## Setup check
//
// Run the next three cells. The first checks the library is built; the second loads it and registers the
// views (graphs, charts, exercise feedback); the third says in one line whether everything is ready.
//
// **Charts with no network.** `Lesson.Setup()` puts plotly.js (the copy inside Plotly.NET) into its cell's
// output once per kernel session, so every chart after it draws offline in VS Code, Jupyter Notebook and
// JupyterLab. The price: a notebook saved with its outputs is about 3.7 MB instead of a few hundred KB. To
// keep saved notebooks small and load plotly.js from the internet instead, change the setup line to
// `AutoDiff.Interactive.Lesson.Setup(offlineCharts: false);` and run that cell again.

// (The notebook checks here that the library is built; the #:project line at the top builds it.)

AutoDiff.Interactive.Lesson.Setup();

// One line: does reverse mode work, do graphs draw, do charts build?
Lesson.Show(() => Readiness.Check());

// ## A first look
//
// A value computed from tape variables remembers how it was made. Displaying it draws its computation
// graph: inputs on the left, the output on the right, each node with its value and (after `Backward()`)
// its gradient, each edge labelled with its local derivative.

try
{
    var tape = new Tape();
    var a = tape.Variable(1.5, "a");
    var b = tape.Variable(-2, "b");
    var c = (a * b + Value.Exp(a)).Named("c");
    c.Backward();
    Lesson.Show(c);
}
catch (Exception exception)
{
    Lesson.ShowError(exception);
}

// `a` feeds two operations (a·b and eᵃ), so its gradient is a sum of two paths: ∂c/∂a = b + eᵃ. You will
// take this apart edge by edge in the exercises.

// ## How the exercise checks work
//
// Each exercise has a cell where you write code and, below it, a check cell such as
// `Check.ChainRule(ChainRuleDerivative)`. The check says **correct**, **not yet right** (with a hint) or
// **not attempted yet**, and it records the result for the lesson runner.
//
// **Written answers are yours to assess.** Where an exercise asks for prose, you write it between the
// triple quotes of a method such as `string MyDefinition() { return """ … """; }` (a C# raw string: plain
// text, any number of lines). The key-point check shows your words beside the key points of a good answer,
// and you return the numbers of the points your answer makes. Nothing grades the prose itself, so with
// every point marked the part is **self-checked**, never *correct*; an empty answer, the placeholder or a
// few words is *not attempted yet*. The progress view counts checked and self-checked parts apart.
//
// - **A check grades what the kernel has, not what the cell shows.** The kernel keeps the last definition
//   that *compiled*. If you edit the cell and it fails to compile, the old definition (perhaps the stub)
//   stays. The check notices when the cell that defines your method failed the last time it ran and says
//   *run the cell above and look for a compile error* instead of grading the old code.
// - **Your code runs under a time limit** (5 s by default). A loop that never ends is left behind: the
//   check says so and the kernel stays usable, but the abandoned run goes on in the background (one CPU
//   core) until the kernel restarts. Restart the kernel (and run the cells from the top) if the notebook
//   gets slow. For code that is only slow: `Check.TimeLimit = TimeSpan.FromSeconds(30);`.
// - **Recursion that never ends.** A recursive function with no base case (or one it never reaches)
//   would overflow the stack, and .NET ends the kernel process on a stack overflow. When the recursion
//   computes with `Value` (every call records operations on a tape), the library stops it first: the cell
//   fails with an `InsufficientExecutionStackException` that says so, a check says "Your code recursed
//   without end: look for a missing base case.", and the kernel keeps every definition. A recursion that
//   records nothing on a tape, on plain `double`s say, is not stopped: it still ends the kernel. To
//   recover, restart the kernel and run the cells from the top (*Run All*): every definition is in the
//   notebook, so nothing you typed is lost as long as the notebook is saved (save before you run code you
//   are unsure of). Then add the missing base case (`if (n == 0) return …;`) and run the check again.
// - **A hint names one mistake** when your answer matches it at every point the check tries, and stays
//   general otherwise. The model answer stays behind its fold until you open it.
//
// Start with **`01-starter.ipynb`**.

// **Your progress.** Every check records its result; this cell lists every exercise of the lesson with
// its status and what to do next.

Lesson.Show(() => Lesson.Progress());
