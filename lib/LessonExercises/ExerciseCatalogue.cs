namespace LessonExercises;

/// <summary>
/// Every exercise of the lesson and every checked part of one (code, sketch, conceptual and quiz),
/// declared once: its id, title, notebook and kind. The checks take their ids from here, the
/// notebooks' headings are tested against the titles, and the runner and the progress view list
/// exercises in this order. A checked part of an exercise has the id "&lt;exercise&gt;.&lt;part&gt;";
/// the bare ids belong to the code checks.
/// </summary>
public static class ExerciseCatalogue
{
    // Declared once, in lesson order (notebook by notebook, in the order of their check cells): each
    // entry's initialiser appends it to this list, and C# runs a class's static initialisers in the
    // textual order of its one file. So this list is declared first, and the class is not partial.
    private static readonly List<ExerciseInfo> Ordered = [];

    private const string Starter = "01-starter", Intermediate = "02-intermediate", Advanced = "03-advanced",
        MiniProjectNotebook = "04-mini-project-graph-sketch", QuizNotebook = "05-quiz";

    // Titles that more than one entry carries (an exercise and its checked parts).
    private const string DefineTitle = "Define autodiff in one sentence", ModesTitle = "Describe forward vs reverse mode",
        ReverseForMlTitle = "Explain why reverse mode suits ML", MemoryTitle = "Discuss memory tradeoffs in autodiff",
        ExactnessTitle = "Explain why autodiff is exact for smooth ops", MiniProjectTitle = "Mini-project", HomeworkTitle = "Homework",
        ImportanceTitle = "Why is autodiff important for ML?", GraphContentTitle = "What is stored in a computation graph?",
        ScalingTitle = "How does reverse mode scale with parameters?", ExplainTitle = "Explain autodiff on a small function in words";

    // 01-starter

    /// <summary>1.2.40.1: which sentence defines autodiff.</summary>
    public static ExerciseInfo DefineAutodiffChoice { get; } = Choice("1.2.40.1", DefineTitle, Starter);

    /// <summary>1.2.40.1: the key points of the definition.</summary>
    public static ExerciseInfo DefineAutodiffKeyPoints { get; } = KeyPoints("1.2.40.1", DefineTitle, Starter);

    /// <summary>Exercise 1.2.40.2, checked by <c>Check.GraphNodes</c>.</summary>
    public static ExerciseInfo GraphNodes { get; } = Code("1.2.40.2", "Explain computation graph nodes", Starter);

    /// <summary>Exercise 1.2.40.3, checked by <c>Check.CentralDifference</c>.</summary>
    public static ExerciseInfo CentralDifference { get; } = Code("1.2.40.3", "Compare autodiff vs numeric gradients", Starter);

    // 02-intermediate

    /// <summary>1.2.40.4: forward passes and reverse sweeps for f: ℝ¹⁰⁰⁰ → ℝ.</summary>
    public static ExerciseInfo ModesPrediction { get; } = Prediction("1.2.40.4", ModesTitle, Intermediate);

    /// <summary>1.2.40.4: the key points of forward vs reverse mode.</summary>
    public static ExerciseInfo ModesKeyPoints { get; } = KeyPoints("1.2.40.4", ModesTitle, Intermediate);

    /// <summary>Exercise 1.2.40.4, checked by <c>Check.ForwardPartialX</c>.</summary>
    public static ExerciseInfo ForwardPartialX { get; } = Code("1.2.40.4", ModesTitle, Intermediate);

    /// <summary>1.2.40.5: why training uses reverse mode.</summary>
    public static ExerciseInfo ReverseForMlChoice { get; } = Choice("1.2.40.5", ReverseForMlTitle, Intermediate);

    /// <summary>1.2.40.5: the key points of why reverse mode suits ML.</summary>
    public static ExerciseInfo ReverseForMlKeyPoints { get; } = KeyPoints("1.2.40.5", ReverseForMlTitle, Intermediate);

    /// <summary>Exercise 1.2.40.5, checked by <c>Check.PassesForJacobian</c>.</summary>
    public static ExerciseInfo PassesForJacobian { get; } = Code("1.2.40.5", ReverseForMlTitle, Intermediate);

    /// <summary>Exercise 1.2.40.6, checked by <c>Check.GradientStep</c>.</summary>
    public static ExerciseInfo GradientStep { get; } = Code("1.2.40.6", "Describe how backprop uses autodiff", Intermediate);

    // 03-advanced

    /// <summary>1.2.40.7: the tape's peak with and without checkpoints.</summary>
    public static ExerciseInfo MemoryPrediction { get; } = Prediction("1.2.40.7", MemoryTitle, Advanced);

    /// <summary>1.2.40.7: the key points of the memory trade-offs.</summary>
    public static ExerciseInfo MemoryKeyPoints { get; } = KeyPoints("1.2.40.7", MemoryTitle, Advanced);

    /// <summary>1.2.40.8: the input where autodiff's answer is a one-sided choice.</summary>
    public static ExerciseInfo ExactnessKink { get; } = Part("1.2.40.8.kink", ExactnessTitle, Advanced, ExerciseKind.Concept, "find the kink");

    /// <summary>1.2.40.8: the key points of why autodiff is exact.</summary>
    public static ExerciseInfo ExactnessKeyPoints { get; } = KeyPoints("1.2.40.8", ExactnessTitle, Advanced);

    /// <summary>Exercise 1.2.40.9, checked by <c>Check.ChainRule</c>.</summary>
    public static ExerciseInfo ChainRule { get; } = Code("1.2.40.9", "Connect autodiff to chain rule", Advanced);

    // 04-mini-project-graph-sketch

    /// <summary>Mini-project, step 1: the learner's sketch of f's graph (<c>Check.MiniProjectSketch</c>).</summary>
    public static ExerciseInfo MiniProjectSketch { get; } = Part("mini-project.sketch", MiniProjectTitle, MiniProjectNotebook, ExerciseKind.Sketch, "sketch");

    /// <summary>Mini-project, step 2: forward values and adjoints on the sketch (<c>Check.MiniProjectValues</c>).</summary>
    public static ExerciseInfo MiniProjectValues { get; } = Part("mini-project.values", MiniProjectTitle, MiniProjectNotebook, ExerciseKind.Sketch, "values and grads");

    /// <summary>The mini-project, checked by <c>Check.MiniProjectPartials</c>.</summary>
    public static ExerciseInfo MiniProject { get; } = Code("mini-project", MiniProjectTitle, MiniProjectNotebook);

    /// <summary>The homework, checked by <c>Check.Homework</c>.</summary>
    public static ExerciseInfo Homework { get; } = Code("homework", HomeworkTitle, MiniProjectNotebook);

    /// <summary>Homework: the sketch of the learner's own function (<c>Check.HomeworkSketch</c>).</summary>
    public static ExerciseInfo HomeworkSketch { get; } = Part("homework.sketch", HomeworkTitle, MiniProjectNotebook, ExerciseKind.Sketch, "sketch");

    // 05-quiz

    /// <summary>The quiz's true/false items, in order (quiz.1 … quiz.4).</summary>
    public static IReadOnlyList<ExerciseInfo> QuizItems { get; } =
    [
        QuizItem("quiz.1", "Autodiff uses chain rule."),
        QuizItem("quiz.2", "Autodiff is the same as numeric differentiation."),
        QuizItem("quiz.3", "Reverse mode is efficient for scalar outputs."),
        QuizItem("quiz.4", "Backprop is reverse-mode autodiff."),
    ];

    /// <summary>Question 5: why autodiff matters for ML.</summary>
    public static ExerciseInfo ImportanceChoice { get; } = Choice("quiz.5", ImportanceTitle, QuizNotebook);

    /// <summary>Question 5: its key points.</summary>
    public static ExerciseInfo ImportanceKeyPoints { get; } = KeyPoints("quiz.5", ImportanceTitle, QuizNotebook);

    /// <summary>Question 6: what the tape stores.</summary>
    public static ExerciseInfo GraphContentChoice { get; } = Choice("quiz.6", GraphContentTitle, QuizNotebook);

    /// <summary>Question 6: its key points.</summary>
    public static ExerciseInfo GraphContentKeyPoints { get; } = KeyPoints("quiz.6", GraphContentTitle, QuizNotebook);

    /// <summary>Question 7: how the cost of each mode grows with n.</summary>
    public static ExerciseInfo ScalingPrediction { get; } = Prediction("quiz.7", ScalingTitle, QuizNotebook);

    /// <summary>Question 7: its key points.</summary>
    public static ExerciseInfo ScalingKeyPoints { get; } = KeyPoints("quiz.7", ScalingTitle, QuizNotebook);

    /// <summary>The coding challenge, checked by <c>Check.Challenge</c>.</summary>
    public static ExerciseInfo Challenge { get; } = Code("challenge", "Coding challenge", QuizNotebook);

    /// <summary>The challenge's explanation: the backward pass's steps in order.</summary>
    public static ExerciseInfo ChallengeOrder { get; } = Part("challenge.explain.order", ExplainTitle, QuizNotebook, ExerciseKind.Concept, "steps in order");

    /// <summary>The challenge's explanation: its key points.</summary>
    public static ExerciseInfo ChallengeKeyPoints { get; } = KeyPoints("challenge.explain", ExplainTitle, QuizNotebook);

    /// <summary>Every exercise and every checked part of one, in lesson order (notebook by
    /// notebook, in the order of their check cells): what the progress view lists.</summary>
    public static IReadOnlyList<ExerciseInfo> All { get; } = Ordered.AsReadOnly();

    /// <summary>The notebooks that hold exercises, in lesson order.</summary>
    public static IReadOnlyList<string> Notebooks => [.. All.Select(e => e.Notebook).Distinct()];

    /// <summary>The exercise with id <paramref name="id"/>, or null.</summary>
    public static ExerciseInfo? Find(string id) => All.FirstOrDefault(e => e.Id == id);

    /// <summary>The exercise with id <paramref name="id"/>; throws naming the known ids when there is none.</summary>
    public static ExerciseInfo Get(string id) => Find(id)
        ?? throw new ArgumentException($"No exercise '{id}' in the catalogue; known: {string.Join(", ", All.Select(e => e.Id))}.", nameof(id));

    /// <summary>The label feedback shows for <paramref name="id"/> ("Exercise 1.2.40.3"), or the id when unknown.</summary>
    public static string LabelOf(string id) => Find(id)?.Label ?? id;

    private static ExerciseInfo Code(string id, string title, string notebook) => Add(new(id, title, notebook, ExerciseKind.Code));

    private static ExerciseInfo QuizItem(string id, string statement) => Add(new(id, statement, QuizNotebook, ExerciseKind.Quiz));

    private static ExerciseInfo Choice(string item, string title, string notebook) => Part(item + ".choice", title, notebook, ExerciseKind.Concept, "choice");

    private static ExerciseInfo Prediction(string item, string title, string notebook) => Part(item + ".predict", title, notebook, ExerciseKind.Concept, "prediction");

    private static ExerciseInfo KeyPoints(string item, string title, string notebook) => Part(item + ExerciseInfo.SelfAssessedSuffix, title, notebook, ExerciseKind.Concept, "key points");

    private static ExerciseInfo Part(string id, string title, string notebook, ExerciseKind kind, string part) => Add(new(id, title, notebook, kind, part));

    private static ExerciseInfo Add(ExerciseInfo entry)
    {
        Ordered.Add(entry);
        return entry;
    }
}
