namespace AutoDiff.Interactive;

/// <summary>One option of a <see cref="Choice"/>: its letter, its text, whether it is right, and
/// why (for a wrong option: what it confuses; for the right one: why it holds).</summary>
public sealed record ChoiceOption(char Letter, string Text, bool IsRight, string Explanation);

/// <summary>
/// A multiple-choice question with one right option and an explanation for every wrong one. A wrong
/// letter is told why that option fails, never which option is right; the graduated hints come
/// after it.
/// </summary>
/// <param name="Id">The exercise id, e.g. "1.2.40.5.choice".</param>
/// <param name="Question">The question as the notebook asks it.</param>
/// <param name="Options">The options, lettered A, B, C, … in the order shown.</param>
/// <param name="Hints">Hints for repeated wrong tries.</param>
public sealed record Choice(string Id, string Question, IReadOnlyList<ChoiceOption> Options, GraduatedHints Hints)
{
    /// <summary>Grades <paramref name="letter"/> (either case) on the learner's
    /// <paramref name="attempt"/>-th wrong-or-right try.</summary>
    public CheckResult Grade(char letter, int attempt)
    {
        char upper = char.ToUpperInvariant(letter);
        var option = Options.FirstOrDefault(o => o.Letter == upper);
        if (option is null)
            return CheckResult.Fail(Id, $"There is no option '{letter}'.", char.IsDigit(letter)
                ? $"The options are lettered, not numbered: return the letter of your option ({Letters}) as a char, e.g. 'A'."
                : $"Return one of {Letters} as a char, e.g. 'A'.");
        return option.IsRight
            ? CheckResult.Pass(Id, $"{upper} is right. {option.Explanation}")
            : CheckResult.Fail(Id, $"{upper} is not the best answer: {option.Explanation}", Hints.For(attempt));
    }

    /// <summary>The letters of the options, "A, B, C or D".</summary>
    public string Letters => Feedback.List([.. Options.Select(o => o.Letter.ToString())], "or");

    /// <summary>The question and its options as one line of text, for a "not attempted yet" message.</summary>
    public string Prompt => Question + " " + string.Join(" ", Options.Select(o => $"({o.Letter}) {o.Text}"));
}
