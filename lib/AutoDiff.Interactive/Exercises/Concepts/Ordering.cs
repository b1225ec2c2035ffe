namespace AutoDiff.Interactive;

/// <summary>One step to put in order: its letter and what happens in it.</summary>
public sealed record OrderingStep(char Letter, string Text);

/// <summary>"<see cref="Before"/> must come before <see cref="After"/>", and why.</summary>
public sealed record Precedence(char Before, char After, string Why);

/// <summary>
/// Putting steps in order (e.g. a backward pass). The steps are shown shuffled; the rules say which
/// step must precede which and why. A wrong order is told the first rule it breaks, in words, never
/// the whole order.
/// </summary>
/// <param name="Id">The exercise id, e.g. "challenge.explain.order".</param>
/// <param name="Steps">The steps, lettered, in the (shuffled) order shown.</param>
/// <param name="Rules">Every precedence the right order satisfies; together they fix one order.</param>
/// <param name="Summary">What the right order shows, said when the learner finds it.</param>
/// <param name="Hints">Hints for repeated wrong tries.</param>
public sealed record Ordering(string Id, IReadOnlyList<OrderingStep> Steps, IReadOnlyList<Precedence> Rules, string Summary, GraduatedHints Hints)
{
    /// <summary>Grades <paramref name="order"/>, the step letters in the learner's order (spaces and
    /// commas ignored, either case), e.g. "BDEAC".</summary>
    public CheckResult Grade(string order, int attempt)
    {
        ArgumentNullException.ThrowIfNull(order);
        var letters = order.Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
        string all = string.Concat(Steps.Select(s => s.Letter));
        var unknown = letters.Where(l => !all.Contains(l, StringComparison.Ordinal)).Distinct().ToList();
        if (unknown.Count > 0)
            return CheckResult.Fail(Id, $"There is no step {string.Join(", ", unknown)}.", $"Use each of the letters {all} once.");
        var repeated = letters.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
            return CheckResult.Fail(Id, $"Step {string.Join(", ", repeated)} appears more than once.", $"Use each of the letters {all} once.");
        var missing = all.Where(l => !letters.Contains(l)).ToList();
        if (missing.Count > 0)
            return CheckResult.Fail(Id, $"Step {string.Join(", ", missing)} is missing.", $"Use each of the letters {all} once.");
        var broken = Rules.FirstOrDefault(r => letters.IndexOf(r.After) < letters.IndexOf(r.Before));
        if (broken is null)
            return CheckResult.Pass(Id, $"{string.Concat(letters)} is right. {Summary}");
        return CheckResult.Fail(Id, $"In your order, {broken.After} ({Text(broken.After)}) comes before {broken.Before} ({Text(broken.Before)}). {broken.Why}",
            Hints.For(attempt));
    }

    /// <summary>The steps as one line of text, for a "not attempted yet" message.</summary>
    public string Prompt => "Put these steps in order and return their letters as a string, e.g. \"" +
        string.Concat(Steps.Select(s => s.Letter)) + "\": " + string.Join(" ", Steps.Select(s => $"({s.Letter}) {s.Text}"));

    private string Text(char letter) => Steps.First(s => s.Letter == letter).Text;
}
