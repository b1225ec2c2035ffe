using AutoDiff.Visuals;

namespace AutoDiff.Interactive;

/// <summary>
/// A free-text answer's key points: a self-assessed part. The learner writes the answer (a string
/// the exercise cell returns), compares it with the numbered list shown beside it and returns the
/// numbers of the points it makes. A missing point is named (the list is not the model answer, only
/// what it must contain) and repeated tries get the graduated hints; every point marked is
/// "self-checked", never "correct": the lesson does not grade free text (a similarity score rates
/// a fluent misconception above a terse right answer).
/// </summary>
/// <param name="Id">The exercise id, e.g. "1.2.40.1.keypoints" or "quiz.5.keypoints".</param>
/// <param name="Points">The key points, numbered from 1 in this order.</param>
/// <param name="Hints">Hints for repeated tries with points missing.</param>
public sealed record KeyPoints(string Id, IReadOnlyList<string> Points, GraduatedHints Hints)
{
    /// <summary>Grades the point numbers <paramref name="covered"/> that the learner says
    /// <paramref name="written"/> makes (the written answer is shown back, never graded; see
    /// <see cref="WrittenAnswer.Problem"/> for what counts as written).</summary>
    public CheckResult Grade(string written, IReadOnlyCollection<int> covered, int attempt)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(covered);
        var view = new SelfAssessment(written.Trim(), Points, covered);
        var unknown = covered.Where(n => n < 1 || n > Points.Count).Distinct().ToList();
        if (unknown.Count > 0)
            return CheckResult.Fail(Id, $"There is no key point {string.Join(", ", unknown)}.", $"Return the numbers (1 to {Points.Count}) of the key points your answer makes, e.g. [1, 3].") with { SelfAssessment = view };
        var missing = Enumerable.Range(1, Points.Count).Where(n => !covered.Contains(n)).ToList();
        if (missing.Count == 0)
            return CheckResult.SelfChecked(Id, "You marked every key point as made by your answer. That is your own assessment: the lesson does not grade written answers, " +
                "so this part counts as self-checked, not as correct. Read the model answer below for what it adds.") with { SelfAssessment = view };
        string which = string.Join(" ", missing.Select(n => $"({n}) {Points[n - 1]}"));
        return CheckResult.Fail(Id, $"Your answer does not make key point{(missing.Count == 1 ? "" : "s")} {which} Add {(missing.Count == 1 ? "it" : "them")} in your own words, then mark {(missing.Count == 1 ? "it" : "them")} here.",
            Hints.For(attempt)) with { SelfAssessment = view };
    }

    /// <summary>"Not attempted yet" once the answer is written but not yet marked: the answer beside the list.</summary>
    public CheckResult Unmarked(string written) =>
        CheckResult.Pending(Id, "Your answer is written. Compare it with the key points beside it and return the numbers of those it makes, e.g. [1, 3]; " +
            "for a missing one, improve your answer first.") with { SelfAssessment = new SelfAssessment(written.Trim(), Points, []) };
}
