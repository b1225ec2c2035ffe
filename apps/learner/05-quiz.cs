// Lesson 1.2.40 · 05-quiz — the notebook 05-quiz.ipynb as a .NET file-based app (learner version, with exercise stubs).
// GENERATED from solutions/05-quiz.ipynb by `dotnet run --project lib/Lesson.Runner -- generate`: edit the solution notebook, not this file.
//
// Run it with only the .NET 10 SDK, from the repository root or from this folder:
//     dotnet run apps/learner/05-quiz.cs
//     dotnet run 05-quiz.cs
// The terminal shows each result as text: ✔ correct, ✘ not yet right (with a hint), ○ not attempted yet.
// Graphs, charts, the backprop step-through and the feedback go to one offline page, out/05-quiz.html
// next to this file; the run prints its path last.
//
// Do the exercises by editing the methods that say `throw new NotImplementedException();`, then run again.
// Unlike a notebook, the app is compiled as a whole: ONE COMPILE ERROR ANYWHERE STOPS ALL OF IT. The
// compiler names the exercise, e.g. "05-quiz.cs [Exercise 1.2.40.2, G](52,16): error CS0103: …".
// An exception at run time is shown (as a notebook shows a failed cell) and the rest still runs.
// Model answers are folded away at the end of this file: read them after you have tried.

#:project ../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj

using AutoDiff;
using AutoDiff.Sketch;
using AutoDiff.Interactive;
using AutoDiff.Visuals;

// # Lesson 1.2.40 · Quiz & assessment
//
// Four true/false items with immediate feedback and a running score, three conceptual questions, and a
// coding challenge. Then the key takeaways and what comes next.

// (The notebook checks here that the library is built; the #:project line at the top builds it.)

AutoDiff.Interactive.Lesson.Setup();

// The conceptual checks of this notebook: they count wrong tries, so hints get more specific each time.
var concepts = new ConceptChecks();

// ## Quick check (true/false)
//
// For each statement, make the method return `true` or `false` and run the cell. Feedback and your running
// score appear right below. A wrong answer first gets a hint; change it and run the cell
// again. The answer and its reason come with a right answer, after a second wrong try, or when you ask
// (`quiz.Reveal(2)`).

var quiz = new Quiz();

// **1. Autodiff uses chain rule.**

#line 48 "05-quiz.cs [Quick check (true/false), Answer1]"
bool Answer1()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => quiz.Answer(1, Answer1));

// **2. Autodiff is the same as numeric differentiation.**

#line 59 "05-quiz.cs [Quick check (true/false), Answer2]"
bool Answer2()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => quiz.Answer(2, Answer2));

// **3. Reverse mode is efficient for scalar outputs.**

#line 70 "05-quiz.cs [Quick check (true/false), Answer3]"
bool Answer3()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => quiz.Answer(3, Answer3));

// **4. Backprop is reverse-mode autodiff.**

#line 81 "05-quiz.cs [Quick check (true/false), Answer4]"
bool Answer4()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => quiz.Answer(4, Answer4));

Lesson.Show(() => quiz.Score);

// ## Conceptual questions
//
// ### 5. Why is autodiff important for ML?

// **Check your idea first (quiz.5.choice).** Why is autodiff important for ML? Return the letter of the
// best answer.
//
// - **A** Because neural networks cannot be differentiated by hand.
// - **B** Because numeric gradients cannot be computed for a network.
// - **C** Because training needs ∇L(θ) at every step, and autodiff gives it exactly, at a small constant times the cost of the loss, for any model written as code.
// - **D** Because autodiff finds the minimum of the loss.

#line 104 "05-quiz.cs [Conceptual questions, WhyAutodiffMatters]"
char WhyAutodiffMatters()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Choose("quiz.5.choice", WhyAutodiffMatters));

// Your answer (question 5), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 115 "05-quiz.cs [Conceptual questions, MyAnswer5]"
string MyAnswer5()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (quiz.5.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to question 5. Return the numbers of those your answer makes, e.g. `[1, 3]`; for
// a missing one, improve your answer above first. The marks are your own assessment: the lesson never
// grades written answers, so with every point marked this part counts as *self-checked*, not as correct; an
// empty answer, the placeholder or a few words count as not attempted yet. A wrong try brings hint 1, the
// next hint 2, then the pointer to the model answer; `concepts.Hint("quiz.5.keypoints")` gives the next
// hint at any time.

#line 132 "05-quiz.cs [Conceptual questions, KeyPointsOfMyAnswer5]"
int[] KeyPointsOfMyAnswer5()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("quiz.5.keypoints", MyAnswer5, KeyPointsOfMyAnswer5));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### 6. What is stored in a computation graph?

// **Check your idea first (quiz.6.choice).** What does this library's tape store for each node? Return the
// letter of the best answer.
//
// - **A** The symbolic formula of the node's derivative.
// - **B** The operation, references to its operands, its forward value and its local partial derivatives; the backward pass adds its adjoint.
// - **C** Only the inputs and the output; the intermediates are recomputed when needed.
// - **D** A finite-difference estimate of each node's gradient.

#line 153 "05-quiz.cs [Conceptual questions, WhatTheTapeStores]"
char WhatTheTapeStores()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Choose("quiz.6.choice", WhatTheTapeStores));

// Your answer (question 6), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 164 "05-quiz.cs [Conceptual questions, MyAnswer6]"
string MyAnswer6()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (quiz.6.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to question 6. Return the numbers of those your answer makes, e.g. `[1, 3]`; for
// a missing one, improve your answer above first. The marks are your own assessment: the lesson never
// grades written answers, so with every point marked this part counts as *self-checked*, not as correct; an
// empty answer, the placeholder or a few words count as not attempted yet. A wrong try brings hint 1, the
// next hint 2, then the pointer to the model answer; `concepts.Hint("quiz.6.keypoints")` gives the next
// hint at any time.

#line 181 "05-quiz.cs [Conceptual questions, KeyPointsOfMyAnswer6]"
int[] KeyPointsOfMyAnswer6()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("quiz.6.keypoints", MyAnswer6, KeyPointsOfMyAnswer6));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ### 7. How does reverse mode scale with parameters?

// **Predict first (quiz.7.predict).** Take the gradient of f(x) = Σᵢ sin(xᵢ)·x₍ᵢ₊₁₎ with n parameters (3n −
// 1 operations). When n doubles from 256 to 512, by what factor does the number of operations grow in
// reverse mode, and in forward mode? The check counts them with the library's cost model.

#line 198 "05-quiz.cs [Conceptual questions, PredictGrowth]"
(double ReverseGrowth, double ForwardGrowth) PredictGrowth()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Predict("quiz.7.predict", PredictGrowth));

// Your answer (question 7), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 209 "05-quiz.cs [Conceptual questions, MyAnswer7]"
string MyAnswer7()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (quiz.7.keypoints).** Run the cell: it shows your answer beside the key
// points of a good answer to question 7. Return the numbers of those your answer makes, e.g. `[1, 3]`; for
// a missing one, improve your answer above first. The marks are your own assessment: the lesson never
// grades written answers, so with every point marked this part counts as *self-checked*, not as correct; an
// empty answer, the placeholder or a few words count as not attempted yet. A wrong try brings hint 1, the
// next hint 2, then the pointer to the model answer; `concepts.Hint("quiz.7.keypoints")` gives the next
// hint at any time.

#line 226 "05-quiz.cs [Conceptual questions, KeyPointsOfMyAnswer7]"
int[] KeyPointsOfMyAnswer7()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("quiz.7.keypoints", MyAnswer7, KeyPointsOfMyAnswer7));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ## Coding challenge
//
// ### 8. Explain autodiff on a small function in words
//
// Write a small function of one variable of your own (two or three operations; scaling or shifting by a
// constant does not count, and not the h(x) = exp(sin x²) of 03-advanced), defined and smooth at x = 0.5
// (no kink of |·| or relu, no vertical slope there). The check traces it at x = 0.5 and
// narrates its forward pass (each intermediate and its value) and its backward pass (each adjoint and the
// chain-rule step that produced it). Then explain it in your own words in the cell after.

#line 247 "05-quiz.cs [Coding challenge, SmallFunction]"
Value SmallFunction(Value x)
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default

Lesson.Show(() => Check.Challenge(SmallFunction));

// **Order the backward pass (challenge.explain.order).** For the model answer's example, f(x) = sin(x²) +
// x, put the steps of the backward pass in order and return their letters as a string, e.g. `"ABCDE"`.
//
// - **A** x² passes its adjoint × 2x to x.
// - **B** Seed the output: f̄ = ∂f/∂f = 1.
// - **C** x adds the two contributions it received: x̄ = 1 + 2x·cos(x²).
// - **D** The sum passes its adjoint × 1 to sin(x²) and to x.
// - **E** sin(x²) passes its adjoint × cos(x²) to x².

#line 266 "05-quiz.cs [Coding challenge, BackwardPassOrder]"
string BackwardPassOrder()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.Order("challenge.explain.order", BackwardPassOrder));

// Your answer (challenge 8), in your own words, between the triple quotes: plain prose, as many lines as
// you like (a C# raw string). The key-point check below shows it back; nothing grades it.
#line 277 "05-quiz.cs [Coding challenge, MyExplanation]"
string MyExplanation()
{
    return """
        Write your answer here.
        """;
}
#line default

// **Compare with the key points (challenge.explain.keypoints).** Run the cell: it shows your answer beside
// the key points of a good answer to the challenge's explanation. Return the numbers of those your answer
// makes, e.g. `[1, 3]`; for a missing one, improve your answer above first. The marks are your own
// assessment: the lesson never grades written answers, so with every point marked this part counts as
// *self-checked*, not as correct; an empty answer, the placeholder or a few words count as not attempted
// yet. A wrong try brings hint 1, the next hint 2, then the pointer to the model answer;
// `concepts.Hint("challenge.explain.keypoints")` gives the next hint at any time.

#line 294 "05-quiz.cs [Coding challenge, KeyPointsOfMyExplanation]"
int[] KeyPointsOfMyExplanation()
{
    // YOUR CODE HERE
    throw new NotImplementedException();
}
#line default
Lesson.Show(() => concepts.KeyPoints("challenge.explain.keypoints", MyExplanation, KeyPointsOfMyExplanation));

// (The model answer is folded away at the end of this file: read it after you have tried.)

// ## Key takeaways
//
// - **Autodiff computes exact gradients** — exact up to rounding, with no step size to tune.
// - **Reverse mode powers backprop** — one backward sweep gives the gradient of a scalar loss with respect
//   to every parameter.
// - **Computation graphs organize derivatives** — local derivatives on edges, products along paths, sums
//   over paths.
// - **Autodiff beats numeric gradients for ML** — more accurate and, for many parameters, vastly cheaper;
//   numeric gradients remain the tool for *checking* autodiff.
//
// ## Additional resources
//
// - DeepLearning.AI — <https://www.deeplearning.ai>
// - Khan Academy, multivariable calculus (the chain rule, gradients) — <https://www.khanacademy.org/math/multivariable-calculus>
// - PyTorch tutorials (autograd: `loss.backward()` is this lesson's reverse mode) — <https://pytorch.org/tutorials>
//
// ## Next lesson
//
// **Lesson 1.2.41 — Mini-project: gradient descent from scratch.** Build a complete optimizer: use the
// gradients from this lesson to minimise a loss step by step (you already wrote one step in Exercise
// 1.2.40.6).
//
// **Lesson complete.** Proceed to Lesson 1.2.41 when ready.

// **Your progress.** Every check records its result; this cell lists every exercise of the lesson with
// its status and what to do next.

Lesson.Show(() => Lesson.Progress());

// ════════════════════════════════════════════════════════════════════════════════════════
// MODEL ANSWERS. Folded away here so that you try first: stop reading if you have not
// written your own answers yet. (Your editor can fold this region.)
// ════════════════════════════════════════════════════════════════════════════════════════
#region Model answers

// ── Conceptual questions ──
//
// Learning is optimisation: gradient descent and its variants need ∇L(θ) at every step, for models with
// millions to billions of parameters, and for architectures that change all the time. Autodiff delivers
// that gradient **exactly** (no step-size error to derail optimisation), **cheaply** (reverse mode: a small
// constant times the cost of the loss, independent of the number of parameters), and **automatically**
// for any model expressed as a program — loops, branches and all. Hand-derived gradients would be slow to
// write and error-prone; numeric gradients would cost one evaluation per parameter and be inaccurate.
//

// ── Conceptual questions ──
//
// For every value the program computed: a **node** recording the **operation** (or that it is an input /
// constant), **references to its operands** (the edges), and its **forward value** (primal). For the backward
// pass it also needs the **local derivatives** on the edges (or enough operand values to compute them), and
// it accumulates each node's **adjoint** (gradient) during the sweep. Here each node is one `TapeEntry`:
// op, parent indices, primal, local partials — in evaluation order, so reverse order is a valid order for
// the backward pass.
//

// ── Conceptual questions ──
//
// For a scalar output, the time to get the **entire** gradient is a small constant (typically 2–4) times
// the time to evaluate the function, **independent of the number of parameters n** (the "cheap gradient
// principle"). Forward mode, in contrast, needs n passes. The cost reverse mode pays is **memory**: the
// graph (every intermediate value) is kept until the backward pass, O(number of operations), which
// checkpointing can reduce at the cost of recomputation. With m outputs, reverse mode needs m sweeps.
//

// ── Coding challenge ──
//
// *Example, f(x) = sin(x²) + x at x = 0.5.*
//
// **Forward pass** (record and compute): a = x² = 0.25; b = sin a ≈ 0.2474; f = b + x ≈ 0.7474. Each
// operation is stored with its inputs and its local derivatives: ∂a/∂x = 2x = 1, ∂b/∂a = cos a ≈ 0.9689,
// ∂f/∂b = 1, ∂f/∂x = 1.
//
// **Backward pass** (from the output): start with f̄ = 1. The sum passes 1 to b and 1 to x. The sine
// passes b̄·cos a ≈ 0.9689 to a. The square passes ā·2x ≈ 0.9689 to x. x has received two contributions,
// so x̄ = 1 + 0.9689 = 1.9689.
//
// That is f′(x) = 2x·cos(x²) + 1 at x = 0.5: the chain rule (products along each path) and the sum rule
// (adding the paths), done mechanically by the graph.
//
#endregion
