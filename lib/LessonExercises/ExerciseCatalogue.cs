namespace LessonExercises;

/// <summary>
/// Every exercise of the lesson and every checked part of one (code, sketch, conceptual and quiz),
/// declared once: its id, title, notebook and kind. The checks take their ids from here, the
/// notebooks' headings are tested against the titles, and the runner and the progress view list
/// exercises in this order.
/// </summary>
public static partial class ExerciseCatalogue
{
    /// <summary>Exercise 1.2.40.2, checked by <c>Check.GraphNodes</c>.</summary>
    public static ExerciseInfo GraphNodes { get; } = new("1.2.40.2", "Explain computation graph nodes", "01-starter", ExerciseKind.Code);

    /// <summary>Exercise 1.2.40.3, checked by <c>Check.CentralDifference</c>.</summary>
    public static ExerciseInfo CentralDifference { get; } = new("1.2.40.3", "Compare autodiff vs numeric gradients", "01-starter", ExerciseKind.Code);

    /// <summary>Exercise 1.2.40.4, checked by <c>Check.ForwardPartialX</c>.</summary>
    public static ExerciseInfo ForwardPartialX { get; } = new("1.2.40.4", "Describe forward vs reverse mode", "02-intermediate", ExerciseKind.Code);

    /// <summary>Exercise 1.2.40.5, checked by <c>Check.PassesForJacobian</c>.</summary>
    public static ExerciseInfo PassesForJacobian { get; } = new("1.2.40.5", "Explain why reverse mode suits ML", "02-intermediate", ExerciseKind.Code);

    /// <summary>Exercise 1.2.40.6, checked by <c>Check.GradientStep</c>.</summary>
    public static ExerciseInfo GradientStep { get; } = new("1.2.40.6", "Describe how backprop uses autodiff", "02-intermediate", ExerciseKind.Code);

    /// <summary>Exercise 1.2.40.9, checked by <c>Check.ChainRule</c>.</summary>
    public static ExerciseInfo ChainRule { get; } = new("1.2.40.9", "Connect autodiff to chain rule", "03-advanced", ExerciseKind.Code);

    /// <summary>The mini-project, checked by <c>Check.MiniProjectPartials</c>.</summary>
    public static ExerciseInfo MiniProject { get; } = new("mini-project", "Mini-project", "04-mini-project-graph-sketch", ExerciseKind.Code);

    /// <summary>The homework, checked by <c>Check.Homework</c>.</summary>
    public static ExerciseInfo Homework { get; } = new("homework", "Homework", "04-mini-project-graph-sketch", ExerciseKind.Code);

    /// <summary>The coding challenge, checked by <c>Check.Challenge</c>.</summary>
    public static ExerciseInfo Challenge { get; } = new("challenge", "Coding challenge", "05-quiz", ExerciseKind.Code);

    /// <summary>The quiz's true/false items, in order (quiz.1 … quiz.4).</summary>
    public static IReadOnlyList<ExerciseInfo> QuizItems { get; } =
    [
        new("quiz.1", "Autodiff uses chain rule.", "05-quiz", ExerciseKind.Quiz),
        new("quiz.2", "Autodiff is the same as numeric differentiation.", "05-quiz", ExerciseKind.Quiz),
        new("quiz.3", "Reverse mode is efficient for scalar outputs.", "05-quiz", ExerciseKind.Quiz),
        new("quiz.4", "Backprop is reverse-mode autodiff.", "05-quiz", ExerciseKind.Quiz),
    ];

    /// <summary>Every exercise and every checked part of one, in lesson order (notebook by
    /// notebook, in the order of their check cells): what the progress view lists.</summary>
    public static IReadOnlyList<ExerciseInfo> All => Ordered.All;

    /// <summary>The notebooks that hold exercises, in lesson order.</summary>
    public static IReadOnlyList<string> Notebooks => Ordered.Notebooks;

    // A nested class is initialised on first use, after every entry above and in the other part of
    // this class exists (the order of static initialisers across partial files is not defined).
    private static class Ordered
    {
        internal static readonly IReadOnlyList<ExerciseInfo> All =
        [
            DefineAutodiffChoice, DefineAutodiffKeyPoints, GraphNodes, CentralDifference,
            ModesPrediction, ModesKeyPoints, ForwardPartialX, ReverseForMlChoice, ReverseForMlKeyPoints, PassesForJacobian, GradientStep,
            MemoryPrediction, MemoryKeyPoints, ExactnessKink, ExactnessKeyPoints, ChainRule,
            MiniProjectSketch, MiniProjectValues, MiniProject, HomeworkSketch, Homework,
            .. QuizItems, ImportanceChoice, ImportanceKeyPoints, GraphContentChoice, GraphContentKeyPoints, ScalingPrediction, ScalingKeyPoints,
            Challenge, ChallengeOrder, ChallengeKeyPoints,
        ];

        internal static readonly IReadOnlyList<string> Notebooks = All.Select(e => e.Notebook).Distinct().ToList();
    }

    /// <summary>The exercise with id <paramref name="id"/>, or null.</summary>
    public static ExerciseInfo? Find(string id) => All.FirstOrDefault(e => e.Id == id);

    /// <summary>The exercise with id <paramref name="id"/>; throws naming the known ids when there is none.</summary>
    public static ExerciseInfo Get(string id) => Find(id)
        ?? throw new ArgumentException($"No exercise '{id}' in the catalogue; known: {string.Join(", ", All.Select(e => e.Id))}.", nameof(id));

    /// <summary>The label feedback shows for <paramref name="id"/> ("Exercise 1.2.40.3"), or the id when unknown.</summary>
    public static string LabelOf(string id) => Find(id)?.Label ?? id;
}
