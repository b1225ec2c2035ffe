namespace LessonExercises;

// The checked parts of exercises: the graph sketches of the mini-project and the homework, and the
// conceptual checks (a prediction, a choice, an ordering or a kink, then the key points of the
// free-text answer). An id is "<exercise>.<part>"; the bare ids belong to the code checks.
public static partial class ExerciseCatalogue
{
    private const string Starter = "01-starter", Intermediate = "02-intermediate", Advanced = "03-advanced",
        MiniProjectNotebook = "04-mini-project-graph-sketch", QuizNotebook = "05-quiz";

    private const string DefineTitle = "Define autodiff in one sentence", ModesTitle = "Describe forward vs reverse mode",
        ReverseForMlTitle = "Explain why reverse mode suits ML", MemoryTitle = "Discuss memory tradeoffs in autodiff",
        ExactnessTitle = "Explain why autodiff is exact for smooth ops", ExplainTitle = "Explain autodiff on a small function in words";

    /// <summary>Mini-project, step 1: the learner's sketch of f's graph (<c>Check.MiniProjectSketch</c>).</summary>
    public static ExerciseInfo MiniProjectSketch { get; } = Part("mini-project.sketch", "Mini-project", MiniProjectNotebook, ExerciseKind.Sketch, "sketch");

    /// <summary>Mini-project, step 2: forward values and adjoints on the sketch (<c>Check.MiniProjectValues</c>).</summary>
    public static ExerciseInfo MiniProjectValues { get; } = Part("mini-project.values", "Mini-project", MiniProjectNotebook, ExerciseKind.Sketch, "values and grads");

    /// <summary>Homework: the sketch of the learner's own function (<c>Check.HomeworkSketch</c>).</summary>
    public static ExerciseInfo HomeworkSketch { get; } = Part("homework.sketch", "Homework", MiniProjectNotebook, ExerciseKind.Sketch, "sketch");

    /// <summary>1.2.40.1: which sentence defines autodiff.</summary>
    public static ExerciseInfo DefineAutodiffChoice { get; } = Choice("1.2.40.1", DefineTitle, Starter);

    /// <summary>1.2.40.1: the key points of the definition.</summary>
    public static ExerciseInfo DefineAutodiffKeyPoints { get; } = KeyPoints("1.2.40.1", DefineTitle, Starter);

    /// <summary>1.2.40.4: forward passes and reverse sweeps for f: ℝ¹⁰⁰⁰ → ℝ.</summary>
    public static ExerciseInfo ModesPrediction { get; } = Prediction("1.2.40.4", ModesTitle, Intermediate);

    /// <summary>1.2.40.4: the key points of forward vs reverse mode.</summary>
    public static ExerciseInfo ModesKeyPoints { get; } = KeyPoints("1.2.40.4", ModesTitle, Intermediate);

    /// <summary>1.2.40.5: why training uses reverse mode.</summary>
    public static ExerciseInfo ReverseForMlChoice { get; } = Choice("1.2.40.5", ReverseForMlTitle, Intermediate);

    /// <summary>1.2.40.5: the key points of why reverse mode suits ML.</summary>
    public static ExerciseInfo ReverseForMlKeyPoints { get; } = KeyPoints("1.2.40.5", ReverseForMlTitle, Intermediate);

    /// <summary>1.2.40.7: the tape's peak with and without checkpoints.</summary>
    public static ExerciseInfo MemoryPrediction { get; } = Prediction("1.2.40.7", MemoryTitle, Advanced);

    /// <summary>1.2.40.7: the key points of the memory trade-offs.</summary>
    public static ExerciseInfo MemoryKeyPoints { get; } = KeyPoints("1.2.40.7", MemoryTitle, Advanced);

    /// <summary>1.2.40.8: the input where autodiff's answer is a one-sided choice.</summary>
    public static ExerciseInfo ExactnessKink { get; } = Part("1.2.40.8.kink", ExactnessTitle, Advanced, ExerciseKind.Concept, "find the kink");

    /// <summary>1.2.40.8: the key points of why autodiff is exact.</summary>
    public static ExerciseInfo ExactnessKeyPoints { get; } = KeyPoints("1.2.40.8", ExactnessTitle, Advanced);

    /// <summary>Question 5: why autodiff matters for ML.</summary>
    public static ExerciseInfo ImportanceChoice { get; } = Choice("quiz.5", "Why is autodiff important for ML?", QuizNotebook);

    /// <summary>Question 5: its key points.</summary>
    public static ExerciseInfo ImportanceKeyPoints { get; } = KeyPoints("quiz.5", "Why is autodiff important for ML?", QuizNotebook);

    /// <summary>Question 6: what the tape stores.</summary>
    public static ExerciseInfo GraphContentChoice { get; } = Choice("quiz.6", "What is stored in a computation graph?", QuizNotebook);

    /// <summary>Question 6: its key points.</summary>
    public static ExerciseInfo GraphContentKeyPoints { get; } = KeyPoints("quiz.6", "What is stored in a computation graph?", QuizNotebook);

    /// <summary>Question 7: how the cost of each mode grows with n.</summary>
    public static ExerciseInfo ScalingPrediction { get; } = Prediction("quiz.7", "How does reverse mode scale with parameters?", QuizNotebook);

    /// <summary>Question 7: its key points.</summary>
    public static ExerciseInfo ScalingKeyPoints { get; } = KeyPoints("quiz.7", "How does reverse mode scale with parameters?", QuizNotebook);

    /// <summary>The challenge's explanation: the backward pass's steps in order.</summary>
    public static ExerciseInfo ChallengeOrder { get; } = Part("challenge.explain.order", ExplainTitle, QuizNotebook, ExerciseKind.Concept, "steps in order");

    /// <summary>The challenge's explanation: its key points.</summary>
    public static ExerciseInfo ChallengeKeyPoints { get; } = KeyPoints("challenge.explain", ExplainTitle, QuizNotebook);

    private static ExerciseInfo Choice(string item, string title, string notebook) => Part(item + ".choice", title, notebook, ExerciseKind.Concept, "choice");

    private static ExerciseInfo Prediction(string item, string title, string notebook) => Part(item + ".predict", title, notebook, ExerciseKind.Concept, "prediction");

    private static ExerciseInfo KeyPoints(string item, string title, string notebook) => Part(item + ExerciseInfo.SelfAssessedSuffix, title, notebook, ExerciseKind.Concept, "key points");

    private static ExerciseInfo Part(string id, string title, string notebook, ExerciseKind kind, string part) => new(id, title, notebook, kind, part);
}
