namespace AutoDiff.Interactive;

/// <summary>What an exercise asks of the method, looked at once the values are right: the message
/// and hint of a wrong verdict (right values, wrong method), or null when the method is allowed.</summary>
internal delegate (string Message, string Hint)? MethodRule(Delegate learner);

/// <summary>
/// A numeric exercise as data: the points where the learner's answer is evaluated, the right value
/// at each (an independent truth), the typical mistakes, and what the method may not (or must) be.
/// One engine grades them all, in one order: a non-finite answer is never correct; then the first
/// wrong value is named, with a mistake's hint only when that mistake explains every point
/// (<see cref="Diagnosis"/>); right values are then held to <see cref="Method"/>.
/// </summary>
/// <typeparam name="TPoint">A check point: x, (x, y), a function with a point and a step, an index.</typeparam>
internal sealed record NumericExercise<TPoint>
{
    /// <summary>The exercise's catalogue id.</summary>
    public required string Id { get; init; }

    /// <summary>Where the answer is evaluated: chosen so that the mistakes differ from the right
    /// answer and from each other at every point.</summary>
    public required IReadOnlyList<TPoint> Points { get; init; }

    /// <summary>The right value at a point, computed independently (reverse mode on a trace, a formula).</summary>
    public required Func<TPoint, double> Expected { get; init; }

    /// <summary>Relative tolerance of "right" (<see cref="NumericExercise.Exact"/> for derivative rules).</summary>
    public required double Tolerance { get; init; }

    /// <summary>Names a point in words ("x = 0.7"), for the message about a non-finite answer.</summary>
    public required Func<TPoint, string> Where { get; init; }

    /// <summary>Names the quantity asked for ("h′(x)").</summary>
    public required string What { get; init; }

    /// <summary>The message for the first wrong answer, given its point in words (<see cref="Where"/>).</summary>
    public required Func<string, Answer<TPoint>, string> Wrong { get; init; }

    /// <summary>The typical mistakes, in the order they are tried.</summary>
    public required IReadOnlyList<Mistake<TPoint>> Mistakes { get; init; }

    /// <summary>The hint when no mistake explains every point.</summary>
    public required string Fallback { get; init; }

    /// <summary>The rule on the method, or null when any method is right.</summary>
    public MethodRule? Method { get; init; }

    /// <summary>The message of a correct answer.</summary>
    public required string Passed { get; init; }

    /// <summary>Grades <paramref name="answer"/>, the learner's function as a value at a point;
    /// <paramref name="learner"/> is the learner's delegate, read for the method rule.</summary>
    public CheckResult Grade(Func<TPoint, double> answer, Delegate learner) => NumericExercise.Grade([(this, answer, learner)]);

    /// <summary>The learner's answer and the right one at every point, in point order.</summary>
    internal List<Answer<TPoint>> Answers(Func<TPoint, double> answer) =>
        Points.Select(p => new Answer<TPoint>(p, answer(p), Expected(p))).ToList();

    internal CheckResult? NotFinite(IReadOnlyList<Answer<TPoint>> answers) => Diagnosis.NotFinite(Id, answers, Where, What);

    internal CheckResult? WrongValue(IReadOnlyList<Answer<TPoint>> answers)
    {
        if (Diagnosis.AllRight(answers, Tolerance)) return null;
        var wrong = answers.First(a => !Attempt.Close(a.Got, a.Expected, Tolerance));
        return CheckResult.Fail(Id, Wrong(Where(wrong.Point), wrong), Diagnosis.Match(answers, Mistakes) ?? Fallback);
    }

    internal CheckResult? WrongMethod(Delegate learner) =>
        Method?.Invoke(learner) is { } rule ? CheckResult.Fail(Id, rule.Message, rule.Hint) : null;
}

/// <summary>The engine's shared parts: the exact tolerance, and grading several parts of one exercise together.</summary>
internal static class NumericExercise
{
    /// <summary>Exact derivatives agree to rounding (a few ulps, ~1e-15 relative); even the best finite
    /// difference is off by ~1e-10, so 1e-12 tells "derivative rules" from "an approximation".</summary>
    internal const double Exact = 1e-12;

    /// <summary>
    /// Grades the parts of one exercise asked at the same points (the mini-project's two partials),
    /// each with the learner's answer to it: every part's non-finite answer first, then every part's
    /// wrong value, then every part's method; correct (with the first part's message) when none fails.
    /// </summary>
    internal static CheckResult Grade<TPoint>(IReadOnlyList<(NumericExercise<TPoint> Part, Func<TPoint, double> Answer, Delegate Learner)> parts)
    {
        var answers = parts.Select(p => p.Part.Answers(p.Answer)).ToList();
        var indices = Enumerable.Range(0, parts.Count).ToList();
        return indices.Select(i => parts[i].Part.NotFinite(answers[i])).FirstOrDefault(r => r is not null)
            ?? indices.Select(i => parts[i].Part.WrongValue(answers[i])).FirstOrDefault(r => r is not null)
            ?? indices.Select(i => parts[i].Part.WrongMethod(parts[i].Learner)).FirstOrDefault(r => r is not null)
            ?? CheckResult.Pass(parts[0].Part.Id, parts[0].Part.Passed);
    }
}
