using LessonExercises;

namespace AutoDiff.Interactive;

/// <summary>
/// The conceptual items of Lesson 1.2.40 as data, by exercise id: the item's id (as in the lesson
/// text, "1.2.40.5", "quiz.5"; the challenge's explanation is "challenge.explain") and a suffix that
/// names the checked part: ".choice", ".predict", ".order", ".kink", or ".keypoints" for the key points
/// of the free-text answer. (The bare ids belong to the code checks.) Every true number a
/// prediction is checked against is measured by running the library.
/// </summary>
public static partial class LessonConcepts
{
    /// <summary>The predictions, by id.</summary>
    public static IReadOnlyDictionary<string, Prediction> Predictions { get; } =
        ById([PassesForAGradient, TapePeak, ScalingWithParameters], p => p.Id);

    /// <summary>The multiple-choice questions, by id.</summary>
    public static IReadOnlyDictionary<string, Choice> Choices { get; } =
        ById([WhatAutodiffIs, WhyReverseForMl, WhyAutodiffForMl, WhatAGraphStores], c => c.Id);

    /// <summary>The orderings, by id.</summary>
    public static IReadOnlyDictionary<string, Ordering> Orderings { get; } = ById([BackwardPassSteps()], o => o.Id);

    /// <summary>The kinks to find, by id.</summary>
    public static IReadOnlyDictionary<string, KinkSearch> Kinks { get; } = ById([ReluKink], k => k.Id);

    /// <summary>The key-point lists of the free-text answers, by id.</summary>
    public static IReadOnlyDictionary<string, KeyPoints> KeyPointLists { get; } = ById(
        [DefinitionPoints, ModesPoints, ReverseForMlPoints, MemoryPoints, ExactnessPoints,
         ImportancePoints, GraphContentPoints, ScalingPoints, ExplanationPoints], k => k.Id);

    /// <summary>Every exercise id of the conceptual checks, in lesson order (from <see cref="ExerciseCatalogue"/>).</summary>
    public static IReadOnlyList<string> Ids { get; } =
        ExerciseCatalogue.All.Where(e => e.Kind == ExerciseKind.Concept).Select(e => e.Id).ToList();

    /// <summary>The graduated hints of exercise <paramref name="id"/>, or null for an unknown id.</summary>
    public static GraduatedHints? HintsFor(string id) =>
        Predictions.GetValueOrDefault(id)?.Hints ?? Choices.GetValueOrDefault(id)?.Hints
        ?? Orderings.GetValueOrDefault(id)?.Hints ?? Kinks.GetValueOrDefault(id)?.Hints
        ?? KeyPointLists.GetValueOrDefault(id)?.Hints;

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.ToDictionary(id, StringComparer.Ordinal);

    private static ChoiceOption Right(char letter, string text, string why) => new(letter, text, true, why);

    private static ChoiceOption Wrong(char letter, string text, string why) => new(letter, text, false, why);

    private static GraduatedHints Hints(string first, string second) => new(first, second);
}
