using LessonExercises;
namespace AutoDiff.Interactive;

/// <summary>
/// The conceptual checks of one notebook: predictions, choices, orderings, a kink to find and
/// key points to compare a free-text answer with. Create one per notebook
/// (<c>var concepts = new ConceptChecks();</c>); it counts wrong tries per exercise so that hints
/// are graduated (hint 1, hint 2, then the model answer), and <see cref="Hint"/> gives the next
/// one on request. Every method takes the learner's answer as a method (which may still throw
/// <see cref="NotImplementedException"/>: "not attempted yet") and never throws.
/// </summary>
public sealed class ConceptChecks
{
    private readonly Dictionary<string, int> wrongTries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> hintRequests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CheckResult> latest = new(StringComparer.Ordinal);

    /// <summary>Checks a prediction of one number.</summary>
    public CheckResult Predict(string id, Func<double>? answer) =>
        Run(id, LessonConcepts.Predictions, answer, p => p.Prompt, (item, a, tries) => item.Grade([a()], tries));

    /// <summary>Checks a prediction of two whole numbers (e.g. passes and sweeps).</summary>
    public CheckResult Predict(string id, Func<(int, int)>? answer) =>
        Run(id, LessonConcepts.Predictions, answer, p => p.Prompt, (item, a, tries) => { var (x, y) = a(); return item.Grade([x, y], tries); });

    /// <summary>Checks a prediction of two numbers (e.g. two growth factors).</summary>
    public CheckResult Predict(string id, Func<(double, double)>? answer) =>
        Run(id, LessonConcepts.Predictions, answer, p => p.Prompt, (item, a, tries) => { var (x, y) = a(); return item.Grade([x, y], tries); });

    /// <summary>Checks the letter of a multiple-choice answer.</summary>
    public CheckResult Choose(string id, Func<char>? answer) =>
        Run(id, LessonConcepts.Choices, answer, c => c.Prompt, (item, a, tries) => item.Grade(a(), tries));

    /// <summary>Checks steps put in order, given as their letters ("BDEAC").</summary>
    public CheckResult Order(string id, Func<string>? answer) =>
        Run(id, LessonConcepts.Orderings, answer, o => o.Prompt, (item, a, tries) => item.Grade(a() ?? "", tries));

    /// <summary>Checks the input the learner found where the program has a kink.</summary>
    public CheckResult FindKink(string id, Func<double>? answer) =>
        Run(id, LessonConcepts.Kinks, answer, k => $"Find an x where {k.Function} has a kink.", (item, a, tries) => item.Grade(a(), tries));

    /// <summary>Checks which key points (numbered from 1) the learner's free-text answer makes.</summary>
    public CheckResult KeyPoints(string id, Func<int[]>? answer) =>
        Run(id, LessonConcepts.KeyPointLists, answer, k => k.Prompt, (item, a, tries) => item.Grade(a() ?? [], tries));

    /// <summary>The next hint for exercise <paramref name="id"/>, on request: hint 1, hint 2, then
    /// the pointer to the model answer. Keeps the exercise's status as its last check left it.</summary>
    public CheckResult Hint(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (LessonConcepts.HintsFor(id) is not { } hints)
            return Unknown(id);
        int level = hintRequests[id] = hintRequests.GetValueOrDefault(id) + 1;
        string hint = hints.For(level + wrongTries.GetValueOrDefault(id));
        return latest.GetValueOrDefault(id)?.Status switch
        {
            ExerciseState.Correct => CheckResult.Pass(id, "Already right. " + hint),
            ExerciseState.Wrong => CheckResult.Fail(id, "A hint, on request.", hint),
            _ => CheckResult.Pending(id, "Not attempted yet. " + hint),
        };
    }

    private CheckResult Run<TItem, TAnswer>(string id, IReadOnlyDictionary<string, TItem> items, TAnswer? answer,
        Func<TItem, string> prompt, Func<TItem, TAnswer, int, CheckResult> grade)
        where TAnswer : Delegate
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!items.TryGetValue(id, out var item))
            return Unknown(id);
        var result = Attempt.Grade(id, answer, a => grade(item, a, wrongTries.GetValueOrDefault(id) + 1));
        if (result.Status == ExerciseState.Wrong)
            wrongTries[id] = wrongTries.GetValueOrDefault(id) + 1;
        if (result.Status == ExerciseState.NotAttempted)
            result = CheckResult.Pending(id, result.Message + " " + prompt(item));
        latest[id] = result;
        return result;
    }

    private static CheckResult Unknown(string id) =>
        CheckResult.Fail(id, $"There is no conceptual check '{id}'.", "Copy the id from the exercise's own check cell, e.g. \"1.2.40.4.predict\".");
}
