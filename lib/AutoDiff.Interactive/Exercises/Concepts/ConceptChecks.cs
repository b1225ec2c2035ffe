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

    /// <summary>
    /// A self-assessed part: shows the learner's written answer (<paramref name="writtenAnswer"/>
    /// returns it, e.g. a raw string literal) beside the key points and takes the numbers of those
    /// it makes (<paramref name="answer"/>). An empty answer, the placeholder or a few words are
    /// "not attempted yet"; every point marked is "self-checked", never "correct".
    /// </summary>
    public CheckResult KeyPoints(string id, Func<string>? writtenAnswer, Func<int[]>? answer)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!LessonConcepts.KeyPointLists.TryGetValue(id, out var item))
            return Unknown(id);
        if (writtenAnswer is null)
            return Attempts.Stamp(CheckResult.Pending(id, "Your written answer is not defined: " + Attempt.RunCellsAbove));
        return Record(id, Attempt.Grade(id, answer, (marked, clock) => GradeKeyPoints(item, clock.Watch(writtenAnswer), marked, Tries(id)), writtenAnswer));
    }

    /// <summary>The check of an older notebook that passed only the numbers: not attempted yet until
    /// the written answer is passed too (the lesson never counts marks without an answer).</summary>
    public CheckResult KeyPoints(string id, Func<int[]>? answer)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Record(id, Attempts.Stamp(CheckResult.Pending(id,
            "Not attempted yet: this check needs your written answer too. Write it in a method that returns it between triple quotes, " +
            "string MyAnswer() { return \"\"\" your words \"\"\"; }, run that cell, then pass it before the numbers: " +
            $"concepts.KeyPoints(\"{id}\", MyAnswer, {(answer is null ? "KeyPointsOfMyAnswer" : SubmissionLog.SourceName(answer.Method.Name) ?? "KeyPointsOfMyAnswer")}).")));
    }

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
            ExerciseState.SelfChecked => CheckResult.SelfChecked(id, "Already self-checked. " + hint),
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
        var result = Attempt.Grade(id, answer, a => grade(item, a, Tries(id)));
        if (result.Status == ExerciseState.NotAttempted)
            result = CheckResult.Pending(id, result.Message + " " + prompt(item)) with { Attempt = result.Attempt };
        return Record(id, result);
    }

    private static CheckResult GradeKeyPoints(KeyPoints item, Func<string> written, Func<int[]> marked, int tries)
    {
        string text = written() ?? "";
        if (WrittenAnswer.Problem(text, MethodName(written, "MyAnswer")) is { } problem)
            return CheckResult.Pending(item.Id, problem);
        int[]? covered;
        try
        {
            covered = marked();
        }
#pragma warning disable CA1031 // The marks' code may throw anything; the written answer is still shown back.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e is NotImplementedException ? item.Unmarked(text) : Attempt.FromException(item.Id, e) with { SelfAssessment = item.Unmarked(text).SelfAssessment };
        }
        // null: no marks yet, as with the stub ([] says the answer makes none of the points).
        return covered is null ? item.Unmarked(text) : item.Grade(text, covered, tries);
    }

    private static string MethodName(Delegate learner, string fallback) =>
        SubmissionLog.SourceName(LearnerClock.Original(learner).Method.Name) ?? fallback;

    private int Tries(string id) => wrongTries.GetValueOrDefault(id) + 1;

    private CheckResult Record(string id, CheckResult result)
    {
        if (result.Status == ExerciseState.Wrong)
            wrongTries[id] = wrongTries.GetValueOrDefault(id) + 1;
        latest[id] = result;
        return result;
    }

    private static CheckResult Unknown(string id) =>
        CheckResult.Fail(id, $"There is no conceptual check '{id}'.", "Copy the id from the exercise's own check cell, e.g. \"1.2.40.4.predict\".");
}
