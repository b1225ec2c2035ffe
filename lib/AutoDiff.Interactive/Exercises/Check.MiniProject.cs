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
    /// at every point. The partials must be worked out by hand, not by calling the library.
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

        var fresh = Retrace(x.Primal, y.Primal);
        double times = x.Adjoint / fresh.Item3.Node(fresh.Item4).Adjoint;
        if (times >= 1.5 && Attempt.Close(times, Math.Round(times), 1e-9) && Attempt.Close(y.Adjoint, times * fresh.Item3.Node(fresh.Item5).Adjoint, 1e-9))
            return CheckResult.Pending(id, $"f.Backward() has run {Math.Round(times)} times on this tape, and adjoints add up (as in PyTorch). Run the cell that builds f once more, then this check.");

        // (−1.1, 0.4) and (0.6, −2.5): every edge of the graph carries a different number there, and
        // the typical wrong partials differ from the right one and from each other.
        var points = new List<PartialsPoint> { new(x.Primal, y.Primal, x.Adjoint, y.Adjoint) };
        foreach (var (px, py) in new[] { (-1.1, 0.4), (0.6, -2.5) })
        {
            var (dx, dy) = TracedPartials(px, py);
            points.Add(new(px, py, dx, dy));
        }
        var answersX = points.Select(p => new Answer<PartialsPoint>(p, dfdx(p.X, p.Y), p.DfDx)).ToList();
        var answersY = points.Select(p => new Answer<PartialsPoint>(p, dfdy(p.X, p.Y), p.DfDy)).ToList();
        if ((Diagnosis.NotFinite(id, answersX, p => p.At, "∂f/∂x") ?? Diagnosis.NotFinite(id, answersY, p => p.At, "∂f/∂y")) is { } notFinite) return notFinite;
        if (!Diagnosis.AllRight(answersX, ExactTolerance)) return WrongPartial(id, answersX, "∂f/∂x", "x", PartialXMistakes());
        if (!Diagnosis.AllRight(answersY, ExactTolerance)) return WrongPartial(id, answersY, "∂f/∂y", "y", PartialYMistakes());
        if (CodeInspector.FirstCallInto(dfdx, typeof(Reverse), typeof(Forward), typeof(Numeric), typeof(Nested)) is { } callX)
            return ByHand(id, "DfDx", callX);
        if (CodeInspector.FirstCallInto(dfdy, typeof(Reverse), typeof(Forward), typeof(Numeric), typeof(Nested)) is { } callY)
            return ByHand(id, "DfDy", callY);
        return CheckResult.Pass(id,
            $"∂f/∂x = 2xy + cos x = {Attempt.N(x.Adjoint)} and ∂f/∂y = x² = {Attempt.N(y.Adjoint)} at ({Attempt.N(x.Primal)}, {Attempt.N(y.Primal)}) agree with the graph's adjoints (and at two more points). " +
            "x has two paths to f (through x² and through sin x), so its adjoint is a sum of two terms.");
    }

    /// <summary>A check point of the mini-project with the graph's adjoints there.</summary>
    private sealed record PartialsPoint(double X, double Y, double DfDx, double DfDy)
    {
        public string At => $"(x, y) = ({Attempt.N(X)}, {Attempt.N(Y)})";
    }

    private static CheckResult WrongPartial(string id, List<Answer<PartialsPoint>> answers, string name, string input, IEnumerable<Mistake<PartialsPoint>> mistakes)
    {
        var wrong = answers.First(a => !Attempt.Close(a.Got, a.Expected, ExactTolerance));
        string hint = Diagnosis.Match(answers, mistakes)
            ?? (input == "x"
                ? "x feeds two operations, x² and sin x, so ∂f/∂x adds one term per path; each term is the product of the edge factors along its path."
                : "y feeds one operation, x²y: ∂f/∂y is the product of the edge factors on the path y → x²y → f.");
        return CheckResult.Fail(id, $"At {wrong.Point.At} your {name} = {Feedback.N(wrong.Got, wrong.Expected)}, but the adjoint of node {input} in the graph is {Feedback.N(wrong.Expected, wrong.Got)}.", hint);
    }

    private static CheckResult ByHand(string id, string method, string call) =>
        CheckResult.Fail(id, $"Right values, but {method} calls the library's {call}: the mini-project asks you to work the partial out by hand from the graph.",
            "Read the edge factors off the graph and write the formula yourself: products along a path, sums over paths.");

    private static IEnumerable<Mistake<PartialsPoint>> PartialXMistakes() =>
    [
        new("That is ∂f/∂y: are DfDx and DfDy swapped?", p => p.DfDy),
        new("That is f itself: return the partial derivative ∂f/∂x.", p => p.X * p.X * p.Y + Math.Sin(p.X)),
        new("The path through sin x is missing: x also reaches f through the edge x → sin x.", p => 2 * p.X * p.Y),
        new("The path through x² is missing: x also reaches f through x² → x²y.", p => Math.Cos(p.X)),
        new("On the path x → x² → x²y the edge x² → x²y carries y: the factor y is missing.", p => 2 * p.X + Math.Cos(p.X)),
        new("The edge x → x² carries 2x, not x.", p => p.X * p.Y + Math.Cos(p.X)),
        new("The edge x → x² carries 2x, not x²: that term is the derivative of x², not x² itself.", p => p.X * p.X * p.Y + Math.Cos(p.X)),
        new("The edge x → sin x carries cos x, not sin x.", p => 2 * p.X * p.Y + Math.Sin(p.X)),
        new("The edge x → sin x carries +cos x: d(sin x)/dx has no minus sign.", p => 2 * p.X * p.Y - Math.Cos(p.X)),
        .. Diagnosis.Common<PartialsPoint>(p => p.DfDx, "∂f/∂x"),
    ];

    private static IEnumerable<Mistake<PartialsPoint>> PartialYMistakes() =>
    [
        new("That is ∂f/∂x: are DfDx and DfDy swapped?", p => p.DfDx),
        new("That is f itself: return the partial derivative ∂f/∂y.", p => p.X * p.X * p.Y + Math.Sin(p.X)),
        new("That is the term x²y itself: y reaches f only through x²y, so what does the edge y → x²y carry?", p => p.X * p.X * p.Y),
        new("The edge y → x²y carries the other operand of that product as it is, not its derivative 2x.", p => 2 * p.X),
        new("The edge y → x²y carries the other operand of that product, which is not x: look at what y is multiplied by.", p => p.X),
        new("The edge y → x²y carries the other operand of that product, not y itself.", p => p.Y),
        new("sin x does not depend on y: the path through sin x adds nothing to ∂f/∂y.", p => p.X * p.X + Math.Cos(p.X)),
        .. Diagnosis.Common<PartialsPoint>(p => p.DfDy, "∂f/∂y"),
    ];

    private static (double, double, ComputationGraph, int, int) Retrace(double px, double py)
    {
        var tape = new Tape();
        var x = tape.Variable(px, "x");
        var y = tape.Variable(py, "y");
        var f = (Value.Pow(x, 2) * y + Value.Sin(x)).Named("f");
        f.Backward();
        return (px, py, f.ToGraph(), x.Index, y.Index);
    }
}
