using System.Globalization;
using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// The lesson's quick check: four true/false statements (their ids and statements come from
/// <see cref="ExerciseCatalogue.QuizItems"/>). Create one per notebook (<c>var quiz = new Quiz();</c>).
/// A wrong answer first gets a hint, not the answer; the answer and its reason come with a right
/// answer, after a second wrong try, or on request (<see cref="Reveal"/>). Answering an item again
/// replaces the earlier answer, so Run All twice counts each item once.
/// </summary>
public sealed class Quiz
{
    /// <summary>Each item's answer, the hint after a first wrong try and the reason, by the item's catalogue id.</summary>
    internal static IReadOnlyDictionary<string, (bool Truth, string Hint, string Why)> Keys { get; } = new Dictionary<string, (bool, string, string)>(StringComparer.Ordinal)
    {
        ["quiz.1"] = (true, "Think about what autodiff does at each node: it knows one local derivative. How are the local derivatives of a composition combined?",
            "Every primitive knows its local derivative; autodiff multiplies them along the graph's edges and adds over paths: the chain rule, applied mechanically."),
        ["quiz.2"] = (false, "Compare how each gets its number: does autodiff ever choose a step size h, and does its answer depend on one?",
            "Numeric differentiation evaluates f at nearby points and divides (truncation and round-off error); autodiff applies exact derivative rules to the program, exact to rounding."),
        ["quiz.3"] = (true, "Count the passes: how many reverse sweeps does the whole gradient of f: ℝⁿ → ℝ take, and how does that compare with forward mode's n?",
            "One reverse pass gives the derivative of one output with respect to every input: for f: ℝⁿ → ℝ the whole gradient costs a small constant times one evaluation."),
        ["quiz.4"] = (true, "Backprop sends the loss's gradient from the output back to every weight. Which mode of autodiff goes from outputs to inputs?",
            "Backpropagation is reverse mode applied to a network's loss: one backward sweep gives ∂loss/∂w for every weight."),
    };

    private readonly bool?[] correct = new bool?[Count];
    private readonly int[] wrongTries = new int[Count];

    /// <summary>The number of quiz items.</summary>
    public static int Count => ExerciseCatalogue.QuizItems.Count;

    /// <summary>The statement of item <paramref name="item"/> (1-based).</summary>
    public static string Statement(int item) => ExerciseCatalogue.QuizItems[Index(item)].Title;

    /// <summary>
    /// Records the learner's true/false answer to item <paramref name="item"/> (1–4), given by
    /// <paramref name="answer"/> (which may still throw <see cref="NotImplementedException"/>),
    /// and returns feedback with the running score. Never throws.
    /// </summary>
    public CheckResult Answer(int item, Func<bool>? answer)
    {
        if (item < 1 || item > Count)
            return Attempts.Stamp(CheckResult.Fail($"quiz.{item}", $"There is no quiz item {item}.", $"Items are numbered 1 to {Count}."));
        if (answer is not null && OtherItem(answer, item) is { } other)
            return Attempts.Stamp(CheckResult.Pending(Id(item),
                $"Not attempted yet: quiz.Answer({item}, Answer{other}) passes your answer to item {other} as the answer to item {item}. Pass Answer{item} instead."));
        var result = Attempt.Grade(Id(item), answer, a => Grade(item, a()));
        // An earlier right answer whose code now throws counts as right no longer, as the progress
        // records it; code that throws is no answer of its own, and the stub again undoes none.
        if (result.Status == ExerciseState.Wrong && correct[Index(item)] == true) correct[Index(item)] = false;
        return result;
    }

    /// <summary>The answer to item <paramref name="item"/> and its reason, on request (for example
    /// after trying with the hint). The item's status stays what the last answer made it.</summary>
    public CheckResult Reveal(int item)
    {
        if (item < 1 || item > Count)
            return CheckResult.Fail($"quiz.{item}", $"There is no quiz item {item}.", $"Items are numbered 1 to {Count}.");
        var state = correct[Index(item)] switch { true => ExerciseState.Correct, false => ExerciseState.Wrong, null => ExerciseState.NotAttempted };
        return new CheckResult(Id(item), state, "You asked for the answer. " + Explanation(item), null);
    }

    /// <summary>The score so far: items answered correctly out of all items.</summary>
    public QuizScore Score => new(correct.Count(c => c == true), correct.Count(c => c is not null), Count);

    private CheckResult Grade(int item, bool said)
    {
        int i = Index(item);
        bool right = said == Keys[Id(item)].Truth;
        correct[i] = right;
        if (right)
            return CheckResult.Pass(Id(item), $"{Explanation(item)} Score so far: {Score.Correct}/{Count}.");
        wrongTries[i]++;
        string youSaid = $"You answered {(said ? "true" : "false")}.";
        return wrongTries[i] == 1
            ? CheckResult.Fail(Id(item), $"{youSaid} Score so far: {Score.Correct}/{Count}.",
                Keys[Id(item)].Hint + $" Change your answer and run the cell again (quiz.Reveal({item}) shows the answer).")
            : CheckResult.Fail(Id(item), $"{youSaid} {Explanation(item)} Score so far: {Score.Correct}/{Count}.",
                "Reread the core ideas, then change your answer and run the cell again.");
    }

    // The other item whose method the notebook names Answer1 … Answer4 (a copied cell with its number
    // left unchanged), or null.
    private static int? OtherItem(Func<bool> answer, int item) =>
        SubmissionLog.SourceName(answer.Method.Name) is { } name && name.StartsWith("Answer", StringComparison.Ordinal)
        && int.TryParse(name.AsSpan("Answer".Length), NumberStyles.None, CultureInfo.InvariantCulture, out int other)
        && other != item && other >= 1 && other <= Count
            ? other : null;

    private static string Explanation(int item)
    {
        var (truth, _, why) = Keys[Id(item)];
        return $"“{Statement(item)}” is {(truth ? "true" : "false")}. {why}";
    }

    private static string Id(int item) => ExerciseCatalogue.QuizItems[Index(item)].Id;

    private static int Index(int item) => item >= 1 && item <= Count
        ? item - 1
        : throw new ArgumentOutOfRangeException(nameof(item), $"Quiz items are numbered 1 to {Count}.");
}
