using LessonExercises;

namespace AutoDiff.Interactive;

public static partial class Check
{
    /// <summary>
    /// Mini-project: <paramref name="dfdx"/> and <paramref name="dfdy"/> must be the analytic
    /// partials of f(x, y) = x²y + sin x: ∂f/∂x = 2xy + cos x and ∂f/∂y = x². They are compared
    /// with the adjoints of the nodes x and y in the learner's traced graph <paramref name="f"/>
    /// (after <c>f.Backward()</c>), then at more points on fresh tapes. A wrong answer is named
    /// (a missing path, a wrong edge factor, the partials swapped) only when that mistake explains it
    /// at every point. The partials must be worked out by hand, not by calling the library (<see cref="ByHand"/>).
    /// </summary>
    public static CheckResult MiniProjectPartials(Func<double, double, double>? dfdx, Func<double, double, double>? dfdy, Value f)
    {
        string id = ExerciseCatalogue.MiniProject.Id;
        if (!f.IsTraced) return Attempts.Stamp(CheckResult.Pending(id, "The graph f is not built yet. " + Attempt.RunCellsAbove));
        if (dfdx is null || dfdy is null) return Attempts.Stamp(CheckResult.Pending(id, Attempt.RunCellsAbove));
        return Attempt.Grade(id, dfdx, (watchedX, clock) => GradePartials(watchedX, clock.Watch(dfdy), f), dfdy);
    }

    private static CheckResult GradePartials(Func<double, double, double> dfdx, Func<double, double, double> dfdy, Value f)
    {
        string id = ExerciseCatalogue.MiniProject.Id;
        var graph = f.ToGraph();
        var x = graph.Nodes.FirstOrDefault(n => n is { Kind: NodeKind.Input, Label: "x" });
        var y = graph.Nodes.FirstOrDefault(n => n is { Kind: NodeKind.Input, Label: "y" });
        if (x is null || y is null)
            return CheckResult.Fail(id, "The graph has no inputs labelled x and y.", "Build them with tape.Variable(2, \"x\") and tape.Variable(3, \"y\"), then run the cells above again.");
        if (x.Adjoint == 0 && y.Adjoint == 0)
            return CheckResult.Pending(id, "The graph has no gradients yet: run the cell that calls f.Backward(), then this check.");

        var once = LessonFunctions.FPartials(x.Primal, y.Primal);
        double times = x.Adjoint / once.DfDx;
        if (times >= 1.5 && Attempt.Close(times, Math.Round(times), 1e-9) && Attempt.Close(y.Adjoint, times * once.DfDy, 1e-9))
            return CheckResult.Pending(id, $"f.Backward() has run {Math.Round(times)} times on this tape, and adjoints add up (as in PyTorch). Run the cell that builds f once more, then this check.");

        // The learner's graph first, then (−1.1, 0.4) and (0.6, −2.5): every edge of the graph carries
        // a different number there, and the typical wrong partials differ from the right one and from each other.
        PartialsPoint[] points =
        [
            new(x.Primal, y.Primal, new(x.Adjoint, y.Adjoint)),
            .. new[] { (-1.1, 0.4), (0.6, -2.5) }.Select(p => new PartialsPoint(p.Item1, p.Item2, LessonFunctions.FPartials(p.Item1, p.Item2))),
        ];
        string passed =
            $"∂f/∂x = 2xy + cos x = {MessageNumber.Text(x.Adjoint)} and ∂f/∂y = x² = {MessageNumber.Text(y.Adjoint)} at ({MessageNumber.Text(x.Primal)}, {MessageNumber.Text(y.Primal)}) agree with the graph's adjoints (and at two more points). " +
            "x has two paths to f (through x² and through sin x), so its adjoint is a sum of two terms.";
        return NumericExercise.Grade<PartialsPoint>(
        [
            (PartialX(id, points, passed), p => dfdx(p.X, p.Y), dfdx),
            (PartialY(id, points, passed), p => dfdy(p.X, p.Y), dfdy),
        ]);
    }

    /// <summary>A check point of the mini-project with the graph's adjoints there.</summary>
    private sealed record PartialsPoint(double X, double Y, Partials Adjoints)
    {
        public double DfDx => Adjoints.DfDx;

        public double DfDy => Adjoints.DfDy;
    }

    private static NumericExercise<PartialsPoint> PartialX(string id, PartialsPoint[] points, string passed) => Partial(id, points, passed, "∂f/∂x", "x", "DfDx", p => p.DfDx,
        mistakes:
        [
            new("That is ∂f/∂y: are DfDx and DfDy swapped?", p => p.DfDy),
            new("That is f itself: return the partial derivative ∂f/∂x.", p => LessonFunctions.FValue(p.X, p.Y)),
            new("The path through sin x is missing: x also reaches f through the edge x → sin x.", p => 2 * p.X * p.Y),
            new("The path through x² is missing: x also reaches f through x² → x²y.", p => Math.Cos(p.X)),
            new("On the path x → x² → x²y the edge x² → x²y carries y: the factor y is missing.", p => 2 * p.X + Math.Cos(p.X)),
            new("The edge x → x² carries 2x, not x.", p => p.X * p.Y + Math.Cos(p.X)),
            new("The edge x → x² carries 2x, not x²: that term is the derivative of x², not x² itself.", p => p.X * p.X * p.Y + Math.Cos(p.X)),
            new("The edge x → sin x carries cos x, not sin x.", p => 2 * p.X * p.Y + Math.Sin(p.X)),
            new("The edge x → sin x carries +cos x: d(sin x)/dx has no minus sign.", p => 2 * p.X * p.Y - Math.Cos(p.X)),
            .. Diagnosis.Common<PartialsPoint>(p => p.DfDx, "∂f/∂x"),
        ],
        fallback: "x feeds two operations, x² and sin x, so ∂f/∂x adds one term per path; each term is the product of the edge factors along its path.");

    private static NumericExercise<PartialsPoint> PartialY(string id, PartialsPoint[] points, string passed) => Partial(id, points, passed, "∂f/∂y", "y", "DfDy", p => p.DfDy,
        mistakes:
        [
            new("That is ∂f/∂x: are DfDx and DfDy swapped?", p => p.DfDx),
            new("That is f itself: return the partial derivative ∂f/∂y.", p => LessonFunctions.FValue(p.X, p.Y)),
            new("That is the term x²y itself: y reaches f only through x²y, so what does the edge y → x²y carry?", p => p.X * p.X * p.Y),
            new("The edge y → x²y carries the other operand of that product as it is, not its derivative 2x.", p => 2 * p.X),
            new("The edge y → x²y carries the other operand of that product, which is not x: look at what y is multiplied by.", p => p.X),
            new("The edge y → x²y carries the other operand of that product, not y itself.", p => p.Y),
            new("sin x does not depend on y: the path through sin x adds nothing to ∂f/∂y.", p => p.X * p.X + Math.Cos(p.X)),
            .. Diagnosis.Common<PartialsPoint>(p => p.DfDy, "∂f/∂y"),
        ],
        fallback: "y feeds one operation, x²y: ∂f/∂y is the product of the edge factors on the path y → x²y → f.");

    // What the two partials share: the points, the tolerance, the wording, the by-hand rule.
    private static NumericExercise<PartialsPoint> Partial(string id, PartialsPoint[] points, string passed, string name, string input, string method,
        Func<PartialsPoint, double> expected, Mistake<PartialsPoint>[] mistakes, string fallback) => new()
    {
        Id = id,
        Points = points,
        Expected = expected,
        Tolerance = NumericExercise.Exact,
        Where = p => $"(x, y) = ({MessageNumber.Text(p.X)}, {MessageNumber.Text(p.Y)})",
        What = name,
        Wrong = (at, a) => $"At {at} your {name} = {Feedback.N(a.Got, a.Expected)}, but the adjoint of node {input} in the graph is {Feedback.N(a.Expected, a.Got)}.",
        Mistakes = mistakes,
        Fallback = fallback,
        Method = ByHand.Rule(call => ($"Right values, but {method} calls the library's {call}: the mini-project asks you to work the partial out by hand from the graph.",
            "Read the edge factors off the graph and write the formula yourself: products along a path, sums over paths.")),
        Passed = passed,
    };
}
