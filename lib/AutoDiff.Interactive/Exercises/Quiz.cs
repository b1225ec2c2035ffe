namespace AutoDiff.Interactive;

/// <summary>
/// The lesson's quick check: four true/false statements. Create one per notebook
/// (<c>var quiz = new Quiz();</c>); each <see cref="Answer"/> gives immediate feedback and the
/// running score; <see cref="Score"/> renders the total with <c>data-quiz-score="n/4"</c>.
/// Answering an item again replaces the earlier answer, so Run All twice counts each item once.
/// </summary>
public sealed class Quiz
{
    private static readonly (string Statement, bool Truth, string Why)[] Items =
    [
        ("Autodiff uses the chain rule.", true,
            "Every primitive knows its local derivative; autodiff multiplies them along the graph's edges and adds over paths: the chain rule, applied mechanically."),
        ("Autodiff is the same as numeric differentiation.", false,
            "Numeric differentiation evaluates f at nearby points and divides (truncation and round-off error); autodiff applies exact derivative rules to the program, exact to rounding."),
        ("Reverse mode is efficient for scalar outputs.", true,
            "One reverse pass gives the derivative of one output with respect to every input: for f: ℝⁿ → ℝ the whole gradient costs a small constant times one evaluation."),
        ("Backprop is reverse-mode autodiff.", true,
            "Backpropagation is reverse mode applied to a network's loss: one backward sweep gives ∂loss/∂w for every weight."),
    ];

    private readonly bool?[] correct = new bool?[Items.Length];

    /// <summary>The number of quiz items.</summary>
    public static int Count => Items.Length;

    /// <summary>The statement of item <paramref name="item"/> (1-based).</summary>
    public static string Statement(int item) => Items[Index(item)].Statement;

    /// <summary>
    /// Records the learner's true/false answer to item <paramref name="item"/> (1–4), given by
    /// <paramref name="answer"/> (which may still throw <see cref="NotImplementedException"/>),
    /// and returns feedback with the running score. Never throws.
    /// </summary>
    public CheckResult Answer(int item, Func<bool>? answer)
    {
        string id = $"quiz.{item}";
        if (item < 1 || item > Items.Length)
            return CheckResult.Fail(id, $"There is no quiz item {item}.", $"Items are numbered 1 to {Items.Length}.");
        return Attempt.Grade(id, answer, a => Grade(item, a()));
    }

    /// <summary>The score so far: items answered correctly out of all items.</summary>
    public QuizScore Score => new(correct.Count(c => c == true), correct.Count(c => c is not null), Items.Length);

    private CheckResult Grade(int item, bool said)
    {
        var (statement, truth, why) = Items[Index(item)];
        correct[Index(item)] = said == truth;
        string verdict = $"“{statement}” is {(truth ? "true" : "false")}. {why} Score so far: {Score.Correct}/{Items.Length}.";
        return said == truth
            ? CheckResult.Pass($"quiz.{item}", verdict)
            : CheckResult.Fail($"quiz.{item}", $"You answered {(said ? "true" : "false")}. " + verdict, "Reread the core ideas, then change your answer and run the cell again.");
    }

    private static int Index(int item) => item >= 1 && item <= Items.Length
        ? item - 1
        : throw new ArgumentOutOfRangeException(nameof(item), $"Quiz items are numbered 1 to {Items.Length}.");
}
