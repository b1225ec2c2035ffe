using System.Reflection;
using System.Reflection.Emit;
using AutoDiff.Sketch;
using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>
/// More answers learners write, beyond the answer tables: other ways to be wrong (a vanishing
/// step, float arithmetic, degrees, a wrong exponent) and right answers written in unusual ways.
/// Every row is first held against an independent truth (the analytic derivative), so a row that
/// calls an answer right is right, and one that calls it wrong is wrong; then the check must agree.
/// </summary>
public class NewLearnerAnswerTests
{
    private static double Sq(double x) => x * x;

    // h(x) = exp(sin x²): h′(x) = 2x · cos x² · exp(sin x²).
    private static double HPrime(double x) => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));

    // f(x, y) = x²y + sin x: ∂f/∂x = 2xy + cos x, ∂f/∂y = x².
    private static double FDx(double x, double y) => 2 * x * y + Math.Cos(x);

    private static double FDy(double x, double _) => x * x;

    // Forward mode seeded as the exercise asks, in a helper of the learner's own.
    private static double SeededTangent(double x, double y)
    {
        var dx = new Dual(x, 1);
        var dy = new Dual(y, 0);
        return (dx * dx * dy + Dual.Sin(dx)).Tangent;
    }

    private static readonly double[] Xs = [0.7, -1.3, 2.1, 0.35];

    private static readonly (double X, double Y)[] Xys = [(1.5, 2.5), (-0.8, 1.7), (2.3, -0.6), (-1.1, 0.4)];

    private static bool Agrees(double got, double truth) => Math.Abs(got - truth) <= 1e-12 * Math.Max(1, Math.Abs(truth));

    // The learner's value, or NaN when the learner's code throws.
    private static double Try(Func<double> answer)
    {
        try
        {
            return answer();
        }
        catch (NullReferenceException)
        {
            return double.NaN;
        }
    }

    private static void AssertTruth(string name, bool right, bool rowSaysRight) =>
        Assert.True(right == rowSaysRight, $"{name}: the row calls it {(rowSaysRight ? "right" : "wrong")}, but against the analytic truth it is {(right ? "right" : "wrong")}");

    // ---- 1.2.40.3: the central difference --------------------------------------------------------

    private static readonly (Func<double, double> F, double X, double H)[] DifferenceCases =
        [(Math.Sin, 1.0, 1e-3), (t => t * t * t, 2.0, 0.1), (Math.Exp, -0.5, 0.25), (Math.Cos, 0.3, 0.05)];

    public static readonly AnswerRow<Func<Func<double, double>, double, double, double>>[] CentralDifferenceRows =
    [
        new("step 1e-20 vanishes next to x",    (f, x, _) => (f(x + 1e-20) - f(x - 1e-20)) / 2e-20,        Wrong,   "x + h == x"),
        new("float arithmetic",                 (f, x, h) => (float)((f(x + h) - f(x - h)) / (2 * h)),    Wrong,   "float"),
        new("float throughout",                 (f, x, h) => { float right = (float)f(x + h), left = (float)f(x - h); return (right - left) / (2 * (float)h); }, Wrong, "float"),
        new("half step each side",              (f, x, h) => (f(x + h / 2) - f(x - h / 2)) / h,            Wrong,   "Evaluate f at x + h and at x − h"),
        new("five-point stencil",               (f, x, h) => (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h), Wrong, "Evaluate f at x + h and at x − h"),
        new("NaN",                              (_, _, _) => double.NaN,                                   Wrong,   "NaN"),
        new("throws on a null",                 (_, _, _) => ((string)null!).Length,                       Wrong,   "NullReferenceException"),
        // right answers, written differently
        new("divided by h + h",                 (f, x, h) => (f(x + h) - f(x - h)) / (h + h),              Correct, "Central difference matches"),
        new("times 0.5 / h",                    (f, x, h) => (f(x + h) - f(x - h)) * (0.5 / h),            Correct, "Central difference matches"),
        new("two quotients",                    (f, x, h) => f(x + h) / (2 * h) - f(x - h) / (2 * h),      Correct, "Central difference matches"),
        new("average of forward and backward",  (f, x, h) => ((f(x + h) - f(x)) / h + (f(x) - f(x - h)) / h) / 2, Correct, "Central difference matches"),
        new("the library, with h",              (f, x, h) => Numeric.Derivative(f, x, DifferenceMethod.Central, h), Correct, "Central difference matches"),
    ];

    public static TheoryData<string> CentralDifferenceCases => AnswerTable.Cases(CentralDifferenceRows);

    [Theory]
    [MemberData(nameof(CentralDifferenceCases))]
    public void CentralDifference(string name)
    {
        var row = AnswerTable.Row(CentralDifferenceRows, name);
        bool right = DifferenceCases.All(c =>
            Try(() => row.Answer(c.F, c.X, c.H)) is var got && double.IsFinite(got) && Math.Abs(got - (c.F(c.X + c.H) - c.F(c.X - c.H)) / (2 * c.H)) <= 1e-10 * Math.Max(1, Math.Abs(got)));
        AssertTruth(name, right, row.Verdict == Correct);
        row.AssertMatches(Check.CentralDifference(row.Answer));
    }

    // ---- 1.2.40.9: the chain rule by hand --------------------------------------------------------

    public static readonly AnswerRow<Func<double, double>>[] ChainRuleRows =
    [
        new("float arithmetic",                 x => (float)x * 2f * MathF.Cos((float)x * (float)x) * MathF.Exp(MathF.Sin((float)x * (float)x)), Wrong, "float"),
        new("degrees",                          x => 2 * x * Math.Cos(Sq(x) * Math.PI / 180) * Math.Exp(Math.Sin(Sq(x) * Math.PI / 180)), Wrong, "Multiply the local derivatives"),
        new("sin²x instead of sin x²",          x => 2 * x * Math.Cos(Sq(x)) * Math.Exp(Sq(Math.Sin(x))),   Wrong,   "Multiply the local derivatives"),
        new("Math.Pow with exponent 3",         x => 2 * x * Math.Cos(Math.Pow(x, 3)) * Math.Exp(Math.Sin(Math.Pow(x, 3))), Wrong, "Multiply the local derivatives"),
        new("integer exponent 1 / 2",           x => 2 * x * Math.Cos(Math.Pow(x, 2 / 1)) * Math.Exp(Math.Sin(Math.Pow(x, 1 / 2))), Wrong, "Multiply the local derivatives"),
        new("infinite",                         x => HPrime(x) / 0.0,                                      Wrong,   "+∞"),
        new("overflow of exp",                  x => Math.Exp(1000 * x * x) * HPrime(x),                   Wrong,   "overflow"),
        new("complex step through the library", x => Numeric.ComplexStep(z => System.Numerics.Complex.Exp(System.Numerics.Complex.Sin(z * z)), x), Wrong, "Right value, but your code calls the library's Numeric.ComplexStep"),
        // right answers, written differently
        new("factors in reverse order",         x => Math.Exp(Math.Sin(x * x)) * Math.Cos(x * x) * x * 2,  Correct, "equals the adjoint"),
        new("Math.Pow(Math.E, …)",              x => Math.Pow(Math.E, Math.Sin(x * x)) * Math.Cos(x * x) * 2 * x, Correct, "equals the adjoint"),
        new("exp of a sum of logs",             x => Math.Sign(x * Math.Cos(x * x)) * Math.Exp(Math.Sin(x * x) + Math.Log(Math.Abs(2 * x * Math.Cos(x * x)))), Correct, "equals the adjoint"),
        new("local functions per edge",         x => { double D1(double t) => 2 * t; double D2(double u) => Math.Cos(u); double D3(double v) => Math.Exp(v); return D3(Math.Sin(x * x)) * D2(x * x) * D1(x); }, Correct, "equals the adjoint"),
        new("a loop over the edge factors",     x => { double[] factors = [2 * x, Math.Cos(x * x), Math.Exp(Math.Sin(x * x))]; double product = 1; foreach (var k in factors) product *= k; return product; }, Correct, "equals the adjoint"),
    ];

    public static TheoryData<string> ChainRuleCases => AnswerTable.Cases(ChainRuleRows);

    [Theory]
    [MemberData(nameof(ChainRuleCases))]
    public void ChainRule(string name)
    {
        var row = AnswerTable.Row(ChainRuleRows, name);
        // A right value by a forbidden method is still wrong: the row says "Right value" then.
        AssertTruth(name, Xs.All(x => Agrees(row.Answer(x), HPrime(x))), row.Verdict == Correct || row.Says.StartsWith("Right value", StringComparison.Ordinal));
        row.AssertMatches(Check.ChainRule(row.Answer));
    }

    // ---- 1.2.40.4: ∂f/∂x from one forward pass --------------------------------------------------

    public static readonly AnswerRow<Func<double, double, double>>[] ForwardPartialRows =
    [
        new("x and y swapped in the call",      (x, y) => SeededTangent(y, x),                              Wrong,   "Build the inputs as Dual numbers"),
        new("cos instead of sin in f",          (x, y) => { var dx = new Dual(x, 1); var dy = new Dual(y, 0); return (dx * dx * dy + Dual.Cos(dx)).Tangent; }, Wrong, "Build the inputs as Dual numbers"),
        new("float arithmetic",                 (x, y) => (float)(2 * x * y) + MathF.Cos((float)x),        Wrong,   "float"),
        new("degrees",                          (x, y) => { var dx = new Dual(x, 1); var dy = new Dual(y, 0); return (dx * dx * dy + Dual.Sin(dx * (Math.PI / 180))).Tangent; }, Wrong, "Build the inputs as Dual numbers"),
        // right answers, written differently
        new("Dual.Pow for x²",                  (x, y) => { var dx = Dual.Variable(x); var dy = Dual.Constant(y); return (Dual.Pow(dx, 2) * dy + Dual.Sin(dx)).Tangent; }, Correct, "One forward pass"),
        new("y as a plain number",              (x, y) => { var dx = Dual.Variable(x); return (dx * dx * y + Dual.Sin(dx)).Tangent; }, Correct, "One forward pass"),
        new("a helper that takes the seeds",    (x, y) => SeededTangent(x, y),                              Correct, "One forward pass"),
    ];

    public static TheoryData<string> ForwardPartialCases => AnswerTable.Cases(ForwardPartialRows);

    [Theory]
    [MemberData(nameof(ForwardPartialCases))]
    public void ForwardPartialX(string name)
    {
        var row = AnswerTable.Row(ForwardPartialRows, name);
        AssertTruth(name, Xys.All(p => Agrees(row.Answer(p.X, p.Y), FDx(p.X, p.Y))), row.Verdict == Correct);
        row.AssertMatches(Check.ForwardPartialX(row.Answer));
    }

    // ---- the mini-project's partials, by hand ---------------------------------------------------

    public static readonly AnswerRow<(Func<double, double, double> DfDx, Func<double, double, double> DfDy)>[] MiniProjectRows =
    [
        new("float arithmetic",                 ((x, y) => 2f * (float)x * (float)y + MathF.Cos((float)x), (x, _) => (float)x * (float)x), Wrong, "float"),
        new("arguments swapped",                ((x, y) => 2 * y * x + Math.Cos(y),                       (x, y) => y * y),            Wrong,   "x feeds two operations"),
        new("Math.Pow(x, 1 / 2) for ∂f/∂y",     (FDx,                                                     (x, _) => Math.Pow(x, 1 / 2)), Wrong,  "y feeds one operation"),
        new("degrees in cos",                   ((x, y) => 2 * x * y + Math.Cos(x * Math.PI / 180),       FDy),                        Wrong,   "x feeds two operations"),
        // right answers, written differently
        new("factored",                         ((x, y) => x * (2 * y) + Math.Cos(x),                     (x, _) => Math.Pow(x, 2.0)), Correct, "agree with the graph's adjoints"),
        new("sin shifted by π/2",               ((x, y) => 2 * x * y + Math.Sin(x + Math.PI / 2),         (x, _) => Math.Exp(2 * Math.Log(Math.Abs(x)))), Correct, "agree with the graph's adjoints"),
    ];

    public static TheoryData<string> MiniProjectCases => AnswerTable.Cases(MiniProjectRows);

    [Theory]
    [MemberData(nameof(MiniProjectCases))]
    public void MiniProjectPartials(string name)
    {
        var row = AnswerTable.Row(MiniProjectRows, name);
        AssertTruth(name, Xys.All(p => Agrees(row.Answer.DfDx(p.X, p.Y), FDx(p.X, p.Y)) && Agrees(row.Answer.DfDy(p.X, p.Y), FDy(p.X, p.Y))), row.Verdict == Correct);
        row.AssertMatches(Check.MiniProjectPartials(row.Answer.DfDx, row.Answer.DfDy, MiniProjectAnswers.TracedF()));
    }

    // ---- 1.2.40.6: one gradient step -------------------------------------------------------------

    // A learning rate set in a cell above, which the learner's step uses instead of its η.
    private static double LearningRate => 0.1;

    // The check's loss (w₀ − 1)² + 2(w₁ + 0.5)² + w₀w₁ and its analytic gradient, for the truth.
    private static double[] StepTruth(double[] w, double eta) =>
        [w[0] - eta * (2 * (w[0] - 1) + w[1]), w[1] - eta * (4 * (w[1] + 0.5) + w[0])];

    public static readonly AnswerRow<Func<Func<Value[], Value>, double[], double, double[]>>[] GradientStepRows =
    [
        new("gradient re-taken after each update", (l, w, eta) => { var next = (double[])w.Clone(); for (int i = 0; i < next.Length; i++) next[i] -= eta * Reverse.Grad(l, next)[i]; return next; }, Wrong, "Get the gradient"),
        new("a rate of its own, 0.01",          (l, w, _) => { var g = Reverse.Grad(l, w); return [w[0] - 0.01 * g[0], w[1] - 0.01 * g[1]]; }, Wrong, "the η that is passed in"),
        new("a rate of its own, 0.1",           (l, w, _) => { var g = Reverse.Grad(l, w); return [w[0] - 0.1 * g[0], w[1] - 0.1 * g[1]]; }, Wrong, "η = 0.05"),
        new("η captured from a field",          (l, w, _) => { var g = Reverse.Grad(l, w); double rate = LearningRate; return [w[0] - rate * g[0], w[1] - rate * g[1]]; }, Wrong, "the η that is passed in"),
        new("η as an integer fraction",         (l, w, _) => { var g = Reverse.Grad(l, w); return [w[0] - 1 / 10 * g[0], w[1] - 1 / 10 * g[1]]; }, Wrong, "did not move"),
        new("one more parameter",               (l, w, eta) => { var g = Reverse.Grad(l, w); return [w[0] - eta * g[0], w[1] - eta * g[1], 0]; }, Wrong, "3 numbers for 2 parameters"),
        // right answers, written differently
        new("in place, returning w",            (l, w, eta) => { var g = Reverse.Grad(l, w); for (int i = 0; i < w.Length; i++) w[i] -= eta * g[i]; return w; }, Correct, "changed the caller's array"),
        new("a tape by hand",                   (l, w, eta) => { var tape = new Tape(); var v = w.Select(wi => tape.Variable(wi)).ToArray(); l(v).Backward(); return v.Select((vi, i) => w[i] - eta * vi.Adjoint).ToArray(); }, Correct, "One backward pass"),
        new("numeric gradient",                 (l, w, eta) => { var g = Numeric.Grad(p => l(p.Select(Value.Constant).ToArray()).Primal, w); return [w[0] - eta * g[0], w[1] - eta * g[1]]; }, Correct, "One backward pass"),
    ];

    public static TheoryData<string> GradientStepCases => AnswerTable.Cases(GradientStepRows);

    [Theory]
    [MemberData(nameof(GradientStepCases))]
    public void GradientStep(string name)
    {
        var row = AnswerTable.Row(GradientStepRows, name);
        double[] start = [0.3, 1.2];
        bool right = new[] { 0.1, 0.2 }.All(eta =>
        {
            var got = row.Answer(v => Value.Pow(v[0] - 1, 2) + 2 * Value.Pow(v[1] + 0.5, 2) + v[0] * v[1], (double[])start.Clone(), eta);
            var truth = StepTruth(start, eta);
            return got.Length == 2 && Enumerable.Range(0, 2).All(i => Math.Abs(got[i] - truth[i]) <= 1e-9);
        });
        AssertTruth(name, right, row.Verdict == Correct);
        row.AssertMatches(Check.GradientStep(row.Answer));
    }

    // ---- 1.2.40.2: the graph of (x + y)·y --------------------------------------------------------

    public static readonly AnswerRow<Func<Value, Value, Value>>[] GraphNodesRows =
    [
        new("(x − y)·y",                        (x, y) => (x - y) * y,                                     Wrong,   "Build exactly (x + y) * y"),
        new("y²·x",                             (x, y) => y * y * x,                                       Wrong,   "Build exactly (x + y) * y"),
        new("a constant for y",                 (x, _) => (x + 2.7) * 2.7,                                 Wrong,   "2.7"),
        new("an extra × 1",                     (x, y) => (x + y) * y * 1,                                 Wrong,   "exactly one + and one ×"),
        // right answers, written differently
        new("nodes named",                      (x, y) => ((x + y).Named("s") * y).Named("g"),             Correct, "y feeds 2 nodes"),
        new("y + x",                            (x, y) => (y + x) * y,                                     Correct, "y feeds 2 nodes"),
    ];

    public static TheoryData<string> GraphNodesCases => AnswerTable.Cases(GraphNodesRows);

    [Theory]
    [MemberData(nameof(GraphNodesCases))]
    public void GraphNodes(string name)
    {
        var row = AnswerTable.Row(GraphNodesRows, name);
        row.AssertMatches(Check.GraphNodes(row.Answer));
    }

    // ---- the challenge and the homework: functions the learner chooses ---------------------------

    public static readonly AnswerRow<Func<Value, Value>>[] ChallengeRows =
    [
        new("a constant",                       _ => Value.Constant(3),                                    Wrong,   "not on the tape of x"),
        new("x itself",                         x => x,                                                    Wrong,   "0 operations"),
        new("one operation after a shift",      x => x / (x + 1),                                          Wrong,   "1 operation"),
        new("h written with exp of log",        x => Value.Exp(Value.Sin(Value.Exp(2 * Value.Log(x)))),   Wrong,   "4 operations"),
        // right answers, written differently
        new("sigmoid by hand",                  x => 1 / (1 + Value.Exp(-x)) * x,                          Correct, "The narration below explains both passes"),
        new("a cube as two products",           x => x * x * x - x,                                          Correct, "The narration below explains both passes"),
        new("sqrt and log",                     x => Value.Sqrt(x) * Value.Log(x + 1),                     Correct, "The narration below explains both passes"),
    ];

    public static TheoryData<string> ChallengeCases => AnswerTable.Cases(ChallengeRows);

    [Theory]
    [MemberData(nameof(ChallengeCases))]
    public void Challenge(string name)
    {
        var row = AnswerTable.Row(ChallengeRows, name);
        row.AssertMatches(Check.Challenge(row.Answer, _ => "<p>narration</p>"));
    }

    public static readonly AnswerRow<Func<Value, Value, Value>>[] HomeworkRows =
    [
        new("the mini-project's f, terms reordered", (x, y) => y * Value.Pow(x, 2) + Value.Sin(x),         Wrong,   "That is the mini-project's f"),
        new("the mini-project's f plus 0·x",    (x, y) => x * x * y + Value.Sin(x) + 0 * x,                Wrong,   "That is the mini-project's f"),
        new("two operations",                   (x, y) => Value.Exp(x) * y,                                Wrong,   "at least 3"),
        // right answers, written differently
        new("x to the power y via exp and log", (x, y) => Value.Exp(Value.Log(x) * y) + x * y,            Correct, "agrees with central differences"),
        new("smooth abs away from its kink",    (x, y) => Value.Abs(x) * Value.Exp(y) + y * y,             Correct, "agrees with central differences"),
        new("the mini-project's f with x and y swapped", (x, y) => y * y * x + Value.Sin(y),               Correct, "agrees with central differences"),
    ];

    public static TheoryData<string> HomeworkCases => AnswerTable.Cases(HomeworkRows);

    [Theory]
    [MemberData(nameof(HomeworkCases))]
    public void Homework(string name)
    {
        var row = AnswerTable.Row(HomeworkRows, name);
        row.AssertMatches(Check.Homework(row.Answer, _ => "<svg/>"));
    }

    // ---- 1.2.40.5: passes for a Jacobian ---------------------------------------------------------

    public static readonly AnswerRow<Func<int, int, (int, int)>>[] PassesRows =
    [
        new("the cheaper mode for both",        (n, m) => (Math.Min(n, m), Math.Min(n, m)),                Wrong,   "one column of the Jacobian per pass"),
        new("reverse always one, forward n",    (n, _) => (n, 1),                                          Wrong,   "one pass per output"),
        new("counted in a loop",                (n, m) => { int f = 0, r = 0; for (int i = 0; i < n; i++) f++; for (int j = 0; j < m; j++) r++; return (f, r); }, Correct, "Forward mode needs n passes"),
    ];

    public static TheoryData<string> PassesCases => AnswerTable.Cases(PassesRows);

    [Theory]
    [MemberData(nameof(PassesCases))]
    public void PassesForJacobian(string name)
    {
        var row = AnswerTable.Row(PassesRows, name);
        AssertTruth(name, new[] { (7, 3), (1, 1), (500, 2) }.All(p => row.Answer(p.Item1, p.Item2) == p), row.Verdict == Correct);
        row.AssertMatches(Check.PassesForJacobian((n, m) => row.Answer(n, m)));
    }

    // ---- the mini-project's sketch and its numbers ----------------------------------------------

    private const string Sketch = MiniProjectSketches.Correct;

    public static readonly AnswerRow<string>[] SketchRows =
    [
        new("** for the power",                 Sketch.Replace("sq = x * x", "sq = x ** 2", StringComparison.Ordinal).Replace("2*x", "2 * x ** 1", StringComparison.Ordinal), Correct, "Your sketch has f's graph"),
        new("x² and ·",                         Sketch.Replace("sq = x * x", "sq = x²", StringComparison.Ordinal).Replace("2*x", "2·x", StringComparison.Ordinal), Correct, "Your sketch has f's graph"),
        new("other node names",                 Sketch.Replace("sq", "a", StringComparison.Ordinal).Replace("p ", "b ", StringComparison.Ordinal).Replace("p\n", "b\n", StringComparison.Ordinal).Replace("-> p", "-> b", StringComparison.Ordinal), Correct, "Your sketch has f's graph"),
        new("no spaces, arrows →",              Sketch.Replace(" ", "", StringComparison.Ordinal).Replace("->", "→", StringComparison.Ordinal).Replace("cosx", "cos(x)", StringComparison.Ordinal), Correct, "Your sketch has f's graph"),
        new("tabs and a trailing comment",      Sketch.Replace("  ", "\t", StringComparison.Ordinal).Replace("cos x", "cos x   // d sin", StringComparison.Ordinal), Correct, "Your sketch has f's graph"),
        new("en dash for minus in an arrow",    Sketch.Replace("x  -> s", "x  –> s", StringComparison.Ordinal), Wrong, "cannot be read"),
        new("the local derivative sin x",       Sketch.Replace("cos x", "sin x", StringComparison.Ordinal), Wrong, "The edge x → s"),
    ];

    public static TheoryData<string> SketchCases => AnswerTable.Cases(SketchRows);

    [Theory]
    [MemberData(nameof(SketchCases))]
    public void MiniProjectSketch(string name)
    {
        var row = AnswerTable.Row(SketchRows, name);
        row.AssertMatches(Check.MiniProjectSketch(() => GraphSketch.Parse(row.Answer)));
    }

    private const string Values = MiniProjectSketches.Values;

    public static readonly AnswerRow<string>[] ValuesRows =
    [
        new("rounded to 3 digits",              "x: value 1.2, grad 6.36\ny: value 2.5, grad 1.44\nsq: value 1.44, grad 2.5\np: value 3.6, grad 1\ns: value 0.932, grad 1\nf: value 4.53, grad 1", Correct, "Every value and every grad is right"),
        new("a // comment",                     Values.Replace("grad 1.44", "grad 1.44 // x squared", StringComparison.Ordinal), Correct, "Every value and every grad is right"),
        new("sin in degrees",                   Values.Replace("sin(1.2), grad 1", "0.0209, grad 1", StringComparison.Ordinal), Wrong, "degrees"),
        new("rounded to 2 digits",              Values.Replace("2*1.2*2.5 + cos(1.2)", "6.4", StringComparison.Ordinal), Wrong, "The grad of x"),
    ];

    public static TheoryData<string> ValuesCases => AnswerTable.Cases(ValuesRows);

    [Theory]
    [MemberData(nameof(ValuesCases))]
    public void MiniProjectValues(string name)
    {
        var row = AnswerTable.Row(ValuesRows, name);
        row.AssertMatches(Check.MiniProjectValues(() => GraphSketch.Parse(Sketch).WithValues(row.Answer)));
    }
}

/// <summary>
/// A notebook compiles each cell into an assembly of its own (Roslyn names them
/// ℛ*&lt;guid&gt;#&lt;engine&gt;-&lt;cell&gt;), so a learner's helper defined in a cell above lives in another
/// assembly than the answer that calls it. The method rules must read it as the learner's code:
/// built here as two such assemblies, the helper's calling the library and the answer's calling the helper.
/// </summary>
public class CellsAboveTests
{
    public static double DfDxTruth(double x, double y) => 2 * x * y + Math.Cos(x);

    public static double HPrimeTruth(double x) => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));

    [Fact]
    public void ForwardPartialX_DualNumbersInAHelperOfACellAbove_IsCorrect()
    {
        var answer = AnswerCallingAHelperAbove<Func<double, double, double>>([typeof(double), typeof(double)], typeof(CellsAboveTests).GetMethod(nameof(DfDxTruth))!);

        Assert.Equal(DfDxTruth(1.5, 2.5), answer(1.5, 2.5));
        var result = Check.ForwardPartialX(answer);
        Assert.True(result.IsCorrect, result.ToString());
    }

    [Fact]
    public void ChainRule_TheLibraryInAHelperOfACellAbove_IsWrongAndNamesTheCall()
    {
        var answer = AnswerCallingAHelperAbove<Func<double, double>>([typeof(double)], typeof(CellsAboveTests).GetMethod(nameof(HPrimeTruth))!);

        Assert.Equal(HPrimeTruth(0.7), answer(0.7));
        var result = Check.ChainRule(answer);
        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains("Right value, but your code calls the library's new Dual", result.Message, StringComparison.Ordinal);
    }

    // Cell 1 defines Helper(args): new Dual(1, 0) (a call into the library), then the truth's value;
    // cell 2 defines Answer(args) => Helper(args). Returns Answer as a delegate.
    private static TDelegate AnswerCallingAHelperAbove<TDelegate>(Type[] parameters, MethodInfo truth) where TDelegate : Delegate
    {
        string session = "ℛ*" + Guid.NewGuid().ToString() + "#1-";
        var helper = Cell(session + "1", "Helper", parameters, il =>
        {
            il.Emit(OpCodes.Ldc_R8, 1.0);
            il.Emit(OpCodes.Ldc_R8, 0.0);
            il.Emit(OpCodes.Newobj, typeof(Dual).GetConstructor([typeof(double), typeof(double)])!);
            il.Emit(OpCodes.Pop);
            for (short i = 0; i < parameters.Length; i++) il.Emit(OpCodes.Ldarg, i);
            il.Emit(OpCodes.Call, truth);
            il.Emit(OpCodes.Ret);
        });
        var answer = Cell(session + "2", "Answer", parameters, il =>
        {
            for (short i = 0; i < parameters.Length; i++) il.Emit(OpCodes.Ldarg, i);
            il.Emit(OpCodes.Call, helper);
            il.Emit(OpCodes.Ret);
        });
        return answer.CreateDelegate<TDelegate>();
    }

    private static MethodInfo Cell(string assemblyName, string method, Type[] parameters, Action<ILGenerator> body)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(assemblyName), AssemblyBuilderAccess.Run);
        var type = assembly.DefineDynamicModule(assemblyName).DefineType("Submission#" + assemblyName[^1], TypeAttributes.Public | TypeAttributes.Class);
        var builder = type.DefineMethod(method, MethodAttributes.Public | MethodAttributes.Static, typeof(double), parameters);
        body(builder.GetILGenerator());
        return type.CreateType().GetMethod(method)!;
    }
}
