namespace AutoDiff.Interactive;

/// <summary>
/// A free-text answer's key points. The learner compares their own answer with the numbered list
/// and returns the numbers of the points it makes; a missing point is named (the list is not the
/// model answer, only what it must contain), and repeated tries get the graduated hints.
/// </summary>
/// <param name="Id">The exercise id, e.g. "1.2.40.1" or "quiz.5".</param>
/// <param name="Points">The key points, numbered from 1 in this order.</param>
/// <param name="Hints">Hints for repeated tries with points missing.</param>
public sealed record KeyPoints(string Id, IReadOnlyList<string> Points, GraduatedHints Hints)
{
    /// <summary>Grades the point numbers <paramref name="covered"/> that the learner's answer makes.</summary>
    public CheckResult Grade(IReadOnlyCollection<int> covered, int attempt)
    {
        ArgumentNullException.ThrowIfNull(covered);
        var unknown = covered.Where(n => n < 1 || n > Points.Count).ToList();
        if (unknown.Count > 0)
            return CheckResult.Fail(Id, $"There is no key point {string.Join(", ", unknown)}.", $"Return the numbers (1 to {Points.Count}) of the key points your answer makes, e.g. [1, 3].");
        var missing = Enumerable.Range(1, Points.Count).Where(n => !covered.Contains(n)).ToList();
        if (missing.Count == 0)
            return CheckResult.Pass(Id, "Your answer makes every key point. Now read the model answer below for what it adds.");
        string which = string.Join(" ", missing.Select(n => $"({n}) {Points[n - 1]}"));
        return CheckResult.Fail(Id, $"Your answer does not make key point{(missing.Count == 1 ? "" : "s")} {which} Add {(missing.Count == 1 ? "it" : "them")} in your own words, then mark {(missing.Count == 1 ? "it" : "them")} here.",
            Hints.For(attempt));
    }

    /// <summary>The list as one line of text, for a "not attempted yet" message.</summary>
    public string Prompt => "Compare your answer with these key points and return the numbers of those it makes: " +
        string.Join(" ", Points.Select((p, i) => $"({i + 1}) {p}"));
}
