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
    /// <summary>Grades <paramref name="order"/>, the step letters in the learner's order (anything
    /// but letters ignored: spaces, commas, arrows; either case), e.g. "BDEAC". No letters at all is
    /// not attempted yet.</summary>
    public CheckResult Grade(string order, int attempt)
    {
        ArgumentNullException.ThrowIfNull(order);
        var letters = order.Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
        string all = string.Concat(Steps.Select(s => s.Letter));
        string useEach = $"Use each of the letters {all} once.";
        if (letters.Count == 0)
            return order.Any(char.IsDigit)
                ? CheckResult.Fail(Id, "Your order has numbers but no letters.", $"Name each step by its letter, not its position: return the letters {all} in your order, as one string.")
                : CheckResult.Pending(Id, "Not attempted yet: your order is empty.");
        var unknown = letters.Where(l => !all.Contains(l, StringComparison.Ordinal)).Distinct().ToList();
        if (unknown.Count > 0)
            return CheckResult.Fail(Id, $"There {(unknown.Count == 1 ? "is no step" : "are no steps")} {List(unknown)}.", useEach);
        var repeated = letters.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
            return CheckResult.Fail(Id, $"{(repeated.Count == 1 ? "Step" : "Steps")} {List(repeated)} {(repeated.Count == 1 ? "appears" : "appear")} more than once.", useEach);
        var missing = all.Where(l => !letters.Contains(l)).ToList();
        if (missing.Count > 0)
            return CheckResult.Fail(Id, $"{(missing.Count == 1 ? "Step" : "Steps")} {List(missing)} {(missing.Count == 1 ? "is" : "are")} missing.", useEach);
        var broken = Rules.FirstOrDefault(r => letters.IndexOf(r.After) < letters.IndexOf(r.Before));
        if (broken is null)
            return CheckResult.Pass(Id, $"{string.Concat(letters)} is right. {Summary}");
        return CheckResult.Fail(Id, $"In your order, {broken.After} ({Text(broken.After)}) comes before {broken.Before} ({Text(broken.Before)}). {broken.Why}",
            Hints.For(attempt));
    }

    /// <summary>The steps as one line of text, for a "not attempted yet" message.</summary>
    public string Prompt => "Put these steps in order and return their letters as a string, e.g. \"" +
        string.Concat(Steps.Select(s => s.Letter)) + "\": " + string.Join(" ", Steps.Select(s => $"({s.Letter}) {s.Text}"));

    private static string List(List<char> letters) => Feedback.List([.. letters.Select(l => l.ToString())], "and");

    private string Text(char letter) => Steps.First(s => s.Letter == letter).Text;
}
