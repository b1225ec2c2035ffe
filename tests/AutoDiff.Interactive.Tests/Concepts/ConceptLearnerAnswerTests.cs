using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>
/// Answers learners really write to the conceptual checks and the quiz: letters in lower case or out
/// of range, orders with separators, predictions with rounding, percentages or the numbers swapped, a
/// kink a rounding error off, key points that do not exist, quiz items answered out of turn. Every row
/// is first held against the truth, which comes from the lesson's data (the right option, the steps)
/// or from the math (f: ℝ¹⁰⁰⁰ → ℝ, 2x − 3 = 0), never from the check's output; then the check must
/// agree, say what to do, and never throw.
/// </summary>
public class ConceptLearnerAnswerTests
{
    private static void AssertTruth(string name, bool right, bool rowSaysRight) =>
        Assert.True(right == rowSaysRight, $"{name}: the row calls it {(rowSaysRight ? "right" : "wrong")}, but against the truth it is {(right ? "right" : "wrong")}");

    private static string Feedback(CheckResult result) => result.Message + " " + result.Hint;

    // ---- choices ----------------------------------------------------------------------------------

    // case, the learner's letter from the choice's own options, verdict, the feedback says
    public static readonly AnswerRow<Func<Choice, char>>[] ChoiceRows =
    [
        new("the right letter, lower case",  c => char.ToLowerInvariant(RightOf(c).Letter),  Correct, "is right"),
        new("the right letter",              c => RightOf(c).Letter,                          Correct, "is right"),
        new("a wrong letter, lower case",    c => char.ToLowerInvariant(WrongOf(c).Letter),   Wrong,   "is not the best answer"),
        new("the letter after the last one", c => (char)(c.Options[^1].Letter + 1),           Wrong,   "There is no option"),
        new("a lower-case letter past them", c => char.ToLowerInvariant((char)(c.Options[^1].Letter + 1)), Wrong, "There is no option"),
        new("the option's number",           c => (char)('1' + c.Options.ToList().IndexOf(RightOf(c))), Wrong, "lettered, not numbered"),
        new("a digit 0",                     _ => '0',                                        Wrong,   "lettered, not numbered"),
        new("a question mark",               _ => '?',                                        Wrong,   "There is no option '?'"),
    ];

    private static ChoiceOption RightOf(Choice choice) => choice.Options.Single(o => o.IsRight);

    private static ChoiceOption WrongOf(Choice choice) => choice.Options.First(o => !o.IsRight);

    public static TheoryData<string, string> ChoiceCases => Cross(LessonConcepts.Choices.Keys, ChoiceRows.Select(r => r.Case));

    [Theory]
    [MemberData(nameof(ChoiceCases))]
    public void ChoiceLetter(string id, string name)
    {
        var row = AnswerTable.Row(ChoiceRows, name);
        var choice = LessonConcepts.Choices[id];
        char letter = row.Answer(choice);
        AssertTruth(name, char.ToUpperInvariant(letter) == RightOf(choice).Letter, row.Verdict == Correct);

        var result = new ConceptChecks().Choose(id, () => letter);

        row.AssertMatches(result);
        if (choice.Options.FirstOrDefault(o => o.Letter == char.ToUpperInvariant(letter)) is { IsRight: false } wrong)
            Assert.Contains(wrong.Explanation, result.Message, StringComparison.Ordinal);
        if (row.Verdict == Wrong && !choice.Options.Any(o => o.Letter == char.ToUpperInvariant(letter)))
            Assert.Contains(choice.Letters, result.Hint, StringComparison.Ordinal);
    }

    // ---- the ordering of the backward pass --------------------------------------------------------

    // f(x) = sin(x²) + x backwards, by the chain rule: seed f̄ (B), the sum passes on (D), sin(x²)
    // passes on (E), x² passes on (A), x adds its two contributions (C).
    private const string RightOrder = "BDEAC";

    private static Ordering Steps => LessonConcepts.Orderings["challenge.explain.order"];

    private static string Swap(string order, int i) => order[..i] + order[i + 1] + order[i] + order[(i + 2)..];

    // case, the learner's string (null: returns null), verdict, the feedback says
    public static readonly AnswerRow<string?>[] OrderRows =
    [
        new("lower case",                    RightOrder.ToLowerInvariant(),                        Correct,      "is right"),
        new("commas and spaces",             string.Join(", ", RightOrder.ToCharArray()),          Correct,      "is right"),
        new("spaces",                        string.Join(" ", RightOrder.ToCharArray()),           Correct,      "is right"),
        new("arrows",                        string.Join("→", RightOrder.ToCharArray()),           Correct,      "is right"),
        new("ASCII arrows",                  string.Join(" -> ", RightOrder.ToCharArray()),        Correct,      "is right"),
        new("a list in brackets, lower case", "[" + string.Join(", ", RightOrder.ToLowerInvariant().ToCharArray()) + "]", Correct, "is right"),
        new("numbered lines",                string.Concat(RightOrder.Select((c, i) => $"{i + 1}. {c}\n")), Correct, "is right"),
        new("a full stop after it",          RightOrder + ".",                                     Correct,      "is right"),
        new("first two swapped",             Swap(RightOrder, 0),                                  Wrong,        "In your order"),
        new("second two swapped",            Swap(RightOrder, 1),                                  Wrong,        "In your order"),
        new("third two swapped",             Swap(RightOrder, 2),                                  Wrong,        "In your order"),
        new("last two swapped",              Swap(RightOrder, 3),                                  Wrong,        "In your order"),
        new("reversed",                      new string(RightOrder.Reverse().ToArray()),           Wrong,        "comes before B"),
        new("the order shown",               "ABCDE",                                              Wrong,        "In your order"),
        new("a letter repeated",             RightOrder.Replace('C', 'A'),                         Wrong,        "Step A appears more than once."),
        new("two letters repeated",          "BBDDEAC",                                            Wrong,        "Steps B and D appear more than once."),
        new("a letter missing",              RightOrder.Replace("C", "", StringComparison.Ordinal), Wrong,       "Step C is missing."),
        new("two letters missing",           "BDE",                                                Wrong,        "Steps A and C are missing."),
        new("a step that does not exist",    RightOrder[..4] + "F",                                Wrong,        "There is no step F."),
        new("words around the letters",      "B then D then E then A then C",                      Wrong,        "There are no steps T, H and N."),
        new("positions instead of letters",  "24513",                                              Wrong,        "not its position"),
        new("empty",                         "",                                                   NotAttempted, "your order is empty"),
        new("only spaces",                   "   ",                                                NotAttempted, "your order is empty"),
        new("null",                          null,                                                 NotAttempted, "your order is empty"),
    ];

    public static TheoryData<string> OrderCases => AnswerTable.Cases(OrderRows);

    [Theory]
    [MemberData(nameof(OrderCases))]
    public void OrderString(string name)
    {
        var row = AnswerTable.Row(OrderRows, name);
        string letters = string.Concat((row.Answer ?? "").Where(char.IsLetter)).ToUpperInvariant();
        AssertTruth(name, letters == RightOrder, row.Verdict == Correct);

        var result = new ConceptChecks().Order("challenge.explain.order", () => row.Answer!);

        row.AssertMatches(result);
        if (row.Verdict != Correct)
            Assert.DoesNotContain(RightOrder, Feedback(result), StringComparison.Ordinal);
        if (row.Verdict == NotAttempted) // the steps are shown again, to answer from
            Assert.All(Steps.Steps, s => Assert.Contains(s.Text, result.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Order_EveryNeighbourSwap_NamesTheTwoStepsItSwapped()
    {
        for (int i = 0; i < RightOrder.Length - 1; i++)
        {
            var result = Steps.Grade(Swap(RightOrder, i), 1);

            Assert.Contains($"In your order, {RightOrder[i + 1]} (", result.Message, StringComparison.Ordinal);
            Assert.Contains($"comes before {RightOrder[i]} (", result.Message, StringComparison.Ordinal);
        }
    }

    // ---- predictions ------------------------------------------------------------------------------

    // The truths, by the math. 1.2.40.4: f: ℝ¹⁰⁰⁰ → ℝ, one forward pass per input, one reverse sweep
    // per output. 1.2.40.7: each step records 4 nodes (sin, the constant, ×, +), plus the input: 10,000
    // steps on the tape without checkpoints, one segment of 100 with them. quiz.7: 3n − 1 operations;
    // reverse mode costs a constant times f (grows like n), forward mode n passes of f (like n²).
    private static readonly Dictionary<string, double[]> Truth = new(StringComparer.Ordinal)
    {
        ["1.2.40.4.predict"] = [1000, 1],
        ["1.2.40.7.predict"] = [4 * 10_000 + 1, 4 * 100 + 1],
        ["quiz.7.predict"] = [(3 * 512 - 1) / (3 * 256 - 1.0), 512 * (3 * 512 - 1) / (256 * (3 * 256 - 1.0))],
    };

    // case, (exercise, the learner's two numbers), verdict, the feedback says
    public static readonly AnswerRow<(string Id, double First, double Second)>[] PredictionRows =
    [
        new("passes: right",                          ("1.2.40.4.predict", 1000, 1),           Correct, "Confirmed."),
        new("passes: swapped",                        ("1.2.40.4.predict", 1, 1000),           Wrong,   "Swapped"),
        new("passes: one too few",                    ("1.2.40.4.predict", 999, 1),            Wrong,   "Off by one"),
        new("passes: one too many",                   ("1.2.40.4.predict", 1001, 1),           Wrong,   "Off by one"),
        new("passes: the trace counted as a sweep",   ("1.2.40.4.predict", 1000, 2),           Wrong,   "A sweep is the backward pass"),
        new("passes: negative",                       ("1.2.40.4.predict", -1000, 1),          Wrong,   "Drop the minus sign"),
        new("passes: negative and too few",           ("1.2.40.4.predict", -5, 1),             Wrong,   "is negative"),
        new("passes: NaN",                            ("1.2.40.4.predict", double.NaN, 1),     Wrong,   "finite number"),
        new("passes: ∞",                              ("1.2.40.4.predict", double.PositiveInfinity, 1), Wrong, "finite number"),
        new("tape: right",                            ("1.2.40.7.predict", 40_001, 401),       Correct, "Confirmed."),
        new("tape: without the input node",           ("1.2.40.7.predict", 40_000, 400),       Correct, "Confirmed."),
        new("tape: swapped",                          ("1.2.40.7.predict", 401, 40_001),       Wrong,   "Swapped"),
        new("tape: swapped, without the input",       ("1.2.40.7.predict", 400, 40_000),       Wrong,   "Swapped"),
        new("tape: negative",                         ("1.2.40.7.predict", 40_001, -401),      Wrong,   "Drop the minus sign"),
        new("tape: −∞",                               ("1.2.40.7.predict", double.NegativeInfinity, 401), Wrong, "finite number"),
        new("growth: right, rounded",                 ("quiz.7.predict", 2, 4),                Correct, "Confirmed."),
        new("growth: right, to three digits",         ("quiz.7.predict", 2.001, 4.003),        Correct, "Confirmed."),
        new("growth: swapped",                        ("quiz.7.predict", 4, 2),                Wrong,   "Swapped"),
        new("growth: percentages",                    ("quiz.7.predict", 200, 400),            Wrong,   "as a percentage"),
        new("growth: percentage increases",           ("quiz.7.predict", 100, 300),            Wrong,   "the increase as a percentage"),
        new("growth: increases",                      ("quiz.7.predict", 1, 3),                Wrong,   "the increase, not the factor"),
        new("growth: negative",                       ("quiz.7.predict", -2, 4),               Wrong,   "Drop the minus sign"),
        new("growth: NaN",                            ("quiz.7.predict", 2, double.NaN),       Wrong,   "finite number"),
    ];

    public static TheoryData<string> PredictionCases => AnswerTable.Cases(PredictionRows);

    [Theory]
    [MemberData(nameof(PredictionCases))]
    public void PredictionNumbers(string name)
    {
        var row = AnswerTable.Row(PredictionRows, name);
        var (id, first, second) = row.Answer;
        var truth = Truth[id];
        double tolerance = LessonConcepts.Predictions[id].RelativeTolerance;
        bool Near(double got, double expected) => Math.Abs(got - expected) <= tolerance * Math.Max(1, Math.Abs(expected));
        AssertTruth(name, Near(first, truth[0]) && Near(second, truth[1]), row.Verdict == Correct);

        // Through the overload the notebook uses: whole numbers for counts, doubles for factors.
        var concepts = new ConceptChecks();
        var result = id == "quiz.7.predict" || !double.IsFinite(first) || !double.IsFinite(second)
            ? concepts.Predict(id, () => (first, second))
            : concepts.Predict(id, () => ((int)first, (int)second));

        row.AssertMatches(result);
        if (row.Says == "Swapped") // the swap, and nothing the swapped numbers happen to match alone
            Assert.StartsWith("Swapped", result.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.40.4.predict")]
    [InlineData("1.2.40.7.predict")]
    [InlineData("quiz.7.predict")]
    public void Prediction_TheRightNumbersSwapped_AreToldSwapped(string id)
    {
        var result = LessonConcepts.Predictions[id].Grade([Truth[id][1], Truth[id][0]], 1);

        Assert.Equal(Wrong, result.Status);
        Assert.StartsWith("Swapped", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Prediction_LearnerCodeThatThrows_IsWrongAndNamed()
    {
        var result = new ConceptChecks().Predict("1.2.40.4.predict", () => (int.Parse("one thousand", System.Globalization.CultureInfo.InvariantCulture), 1));

        Assert.Equal(Wrong, result.Status);
        Assert.Contains("FormatException", result.Message, StringComparison.Ordinal);
    }

    // ---- the kink ---------------------------------------------------------------------------------

    // f(x) = relu(2x − 3) + x: relu bends where its argument is 0, 2x − 3 = 0, x = 1.5.
    private const double TheKink = 1.5;

    // case, the learner's x, verdict, the feedback says
    public static readonly AnswerRow<double>[] KinkRows =
    [
        new("exactly at the kink",                TheKink,                        Correct, "Found it: at x = 1.5"),
        new("written as 3.0 / 2",                 3.0 / 2,                        Correct, "Found it: at x = 1.5"),
        new("1e-9 to the right",                  TheKink + 1e-9,                 Correct, "just to the right of the kink"),
        new("1e-9 to the left",                   TheKink - 1e-9,                 Correct, "just to the left of the kink"),
        new("the double just below",              Math.BitDecrement(TheKink),     Correct, "Found it, up to rounding"),
        new("1e-5 off",                           TheKink + 1e-5,                 Wrong,   "There is a kink just beside your x"),
        new("rounded to 1.4999",                  1.4999,                         Wrong,   "There is a kink just beside your x"),
        new("the kink of relu(x) or |x|",         0,                              Wrong,   "the argument is 2x − 3, not x"),
        new("the sign wrong: 2x + 3 = 0",         -1.5,                           Wrong,   "check the sign"),
        new("2x = 3 solved halfway",              3,                              Wrong,   "solve for x completely"),
        new("3x − 2 = 0 solved instead",          2.0 / 3,                        Wrong,   "Hint 1"),
        new("a smooth point left of it",          1,                              Wrong,   "agree (1)"),
        new("a smooth point right of it",         2.5,                            Wrong,   "agree (3)"),
        new("far out",                            -1e6,                           Wrong,   "smooth there"),
        new("NaN",                                double.NaN,                     Wrong,   "x = NaN is not a point"),
        new("∞",                                  double.PositiveInfinity,        Wrong,   "Return a finite number"),
    ];

    public static TheoryData<string> KinkCases => AnswerTable.Cases(KinkRows);

    [Theory]
    [MemberData(nameof(KinkCases))]
    public void KinkInput(string name)
    {
        var row = AnswerTable.Row(KinkRows, name);
        // Right: the kink, or a rounding error beside it (far closer than any learner would aim).
        AssertTruth(name, Math.Abs(row.Answer - TheKink) <= 1e-7, row.Verdict == Correct);

        var result = new ConceptChecks().FindKink("1.2.40.8.kink", () => row.Answer);

        row.AssertMatches(result);
    }

    [Fact]
    public void Kink_ARoundingErrorBeside_IsNotToldAutodiffReturnedTheRulesChoice()
    {
        // Beside the kink f is smooth, and autodiff's value is the exact slope of that side.
        var result = LessonConcepts.Kinks["1.2.40.8.kink"].Grade(TheKink + 1e-9, 1);

        Assert.DoesNotContain("the rule's choice, not a limit", result.Message, StringComparison.Ordinal);
        Assert.Contains("x = 1.50000000", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kink_LearnerCodeThatThrows_IsWrongAndNamed()
    {
        var result = new ConceptChecks().FindKink("1.2.40.8.kink", () => Math.Sqrt(double.Parse("x", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(Wrong, result.Status);
        Assert.Contains("FormatException", result.Message, StringComparison.Ordinal);
    }

    // ---- key points (self-assessed) ---------------------------------------------------------------

    private const string Prose = "My answer, in a sentence or two of my own words, which the check shows back beside the key points.";

    // case, (the written answer, the marks for a list of n points; a null function: the stub still throws), verdict, the feedback says
    public static readonly AnswerRow<(string? Written, Func<int, int[]?>? Marks)>[] KeyPointRows =
    [
        new("empty",                         ("", All),                                         NotAttempted, "your written answer is empty"),
        new("null",                          (null, All),                                       NotAttempted, "your written answer is empty"),
        new("the placeholder left in",       ("\n    " + WrittenAnswers.Placeholder + "\n    ", All), NotAttempted, "still returns"),
        new("a few words",                   ("reverse mode, one sweep", All),                  NotAttempted, "too few"),
        new("written, not marked yet",       (Prose, null),                                     NotAttempted, "Your answer is written"),
        new("written, marks null",           (Prose, _ => null),                                NotAttempted, "Your answer is written"),
        new("written, no point marked",      (Prose, _ => []),                                  Wrong,        "does not make key points"),
        new("written, every point",          (Prose, All),                                      SelfChecked,  "self-checked, not as correct"),
        new("written, every point twice",    (Prose, n => [.. All(n), .. All(n)]),              SelfChecked,  "self-checked, not as correct"),
        new("written, in reverse order",     (Prose, n => [.. All(n).Reverse()]),               SelfChecked,  "self-checked, not as correct"),
        new("written, point 1 twice only",   (Prose, _ => [1, 1]),                              Wrong,        "does not make key point"),
        new("written, point 0",              (Prose, _ => [0]),                                 Wrong,        "There is no key point 0."),
        new("written, point 0 twice",        (Prose, _ => [0, 0]),                              Wrong,        "There is no key point 0."),
        new("written, point 99",             (Prose, n => [.. All(n), 99]),                     Wrong,        "There is no key point 99."),
        new("written, a negative point",     (Prose, n => [.. All(n), -1]),                     Wrong,        "There is no key point -1."),
        new("written, one past the last",    (Prose, n => [n + 1]),                             Wrong,        "Return the numbers (1 to"),
        new("written, marks code throws",    (Prose, _ => throw new InvalidOperationException("boom")), Wrong, "InvalidOperationException: boom"),
    ];

    private static int[] All(int n) => [.. Enumerable.Range(1, n)];

    public static TheoryData<string, string> KeyPointCases => Cross(LessonConcepts.KeyPointLists.Keys, KeyPointRows.Select(r => r.Case));

    [Theory]
    [MemberData(nameof(KeyPointCases))]
    public void KeyPointMarks(string id, string name)
    {
        var row = AnswerTable.Row(KeyPointRows, name);
        var points = LessonConcepts.KeyPointLists[id];
        var (written, marks) = row.Answer;
        int[]? marked = null;
        bool throws = false;
        try
        {
            marked = marks?.Invoke(points.Points.Count);
        }
        catch (InvalidOperationException)
        {
            throws = true;
        }
        bool isWritten = WrittenAnswer.Words(written) >= WrittenAnswers.MinimumWords;
        bool allMarked = marked is not null && marked.All(m => m >= 1 && m <= points.Points.Count)
            && Enumerable.Range(1, points.Points.Count).All(marked.Contains);
        AssertTruth(name, isWritten && allMarked && !throws, row.Verdict == SelfChecked);

        var result = new ConceptChecks().KeyPoints(id, () => written!, () => marks is null ? throw new NotImplementedException() : marks(points.Points.Count)!);

        row.AssertMatches(result);
        Assert.NotEqual(Correct, result.Status);
        // Once there is a written answer, every verdict shows it back beside the key points.
        if (isWritten)
            Assert.Equal(written!.Trim(), Assert.IsType<SelfAssessment>(result.SelfAssessment).Answer);
    }

    // ---- the quiz ---------------------------------------------------------------------------------

    // The lesson's answer key (Quiz & Assessment): 1 true, 2 false, 3 true, 4 true.
    private static readonly bool[] Key = [true, false, true, true];

    private static bool Right(int item) => Key[item - 1];

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Quiz_ItemOutOfRange_IsWrong_SaysTheRange_AndScoresNothing(int item)
    {
        var quiz = new Quiz();

        var answered = quiz.Answer(item, () => true);
        var revealed = quiz.Reveal(item);

        Assert.All([answered, revealed], r =>
        {
            Assert.Equal(Wrong, r.Status);
            Assert.Contains($"There is no quiz item {item}.", r.Message, StringComparison.Ordinal);
            Assert.Contains($"1 to {Key.Length}", r.Hint, StringComparison.Ordinal);
        });
        Assert.Equal(new QuizScore(0, 0, Key.Length), quiz.Score);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Quiz_AnsweredTwice_CountsTheLastAnswerOnce(int item)
    {
        var quiz = new Quiz();

        var wrongThenRight = (quiz.Answer(item, () => !Right(item)), quiz.Answer(item, () => Right(item)));
        Assert.Equal((Wrong, Correct), (wrongThenRight.Item1.Status, wrongThenRight.Item2.Status));
        Assert.Equal(new QuizScore(1, 1, Key.Length), quiz.Score);

        var rightAgain = quiz.Answer(item, () => Right(item));
        Assert.Equal(Correct, rightAgain.Status);
        Assert.Equal(new QuizScore(1, 1, Key.Length), quiz.Score);

        var thenWrong = quiz.Answer(item, () => !Right(item));
        Assert.Equal(Wrong, thenWrong.Status);
        Assert.Equal(new QuizScore(0, 1, Key.Length), quiz.Score);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Quiz_RevealBeforeAnswering_GivesTheAnswer_NotAttempted_AndScoresNothing(int item)
    {
        var quiz = new Quiz();

        var result = quiz.Reveal(item);

        Assert.Equal(NotAttempted, result.Status);
        Assert.Contains($"” is {(Right(item) ? "true" : "false")}.", result.Message, StringComparison.Ordinal);
        Assert.Equal(new QuizScore(0, 0, Key.Length), quiz.Score);
        Assert.Equal(Correct, quiz.Answer(item, () => Right(item)).Status);
    }

    [Fact]
    public void Quiz_RevealAfterAWrongAnswer_KeepsItWrong()
    {
        var quiz = new Quiz();
        quiz.Answer(3, () => !Right(3));

        Assert.Equal(Wrong, quiz.Reveal(3).Status);
    }

    [Fact]
    public void Quiz_ALambdaThatThrows_IsWrongAndNamed_AndNoLongerCountsAsRight()
    {
        var quiz = new Quiz();
        quiz.Answer(1, () => Right(1));

        var result = quiz.Answer(1, () => bool.Parse("yes"));

        Assert.Equal(Wrong, result.Status);
        Assert.Contains("Your code threw FormatException", result.Message, StringComparison.Ordinal);
        // The score follows the status: not right now, but still answered.
        Assert.Equal(new QuizScore(0, 1, Key.Length), quiz.Score);
    }

    [Fact]
    public void Quiz_TheStubAgain_UndoesNoAnswer()
    {
        var quiz = new Quiz();
        quiz.Answer(4, () => Right(4));

        var result = quiz.Answer(4, () => throw new NotImplementedException());

        Assert.Equal(NotAttempted, result.Status);
        Assert.Equal(new QuizScore(1, 1, Key.Length), quiz.Score);
    }

    [Fact]
    public void Quiz_AnotherItemsMethod_IsNamed_AndNotGraded()
    {
        var quiz = new Quiz();
        bool Answer1() => Right(1);

        var result = quiz.Answer(2, Answer1);

        Assert.Equal(NotAttempted, result.Status);
        Assert.Contains("Pass Answer2 instead", result.Message, StringComparison.Ordinal);
        Assert.Equal(new QuizScore(0, 0, Key.Length), quiz.Score);
    }

    [Fact]
    public void Quiz_ItsOwnMethod_IsGraded()
    {
        var quiz = new Quiz();
        bool Answer2() => Right(2);

        Assert.Equal(Correct, quiz.Answer(2, Answer2).Status);
    }

    [Fact]
    public void Quiz_NotDefined_SaysRunTheCellsAbove() =>
        Assert.Contains("Run the cells above first", new Quiz().Answer(1, null).Message, StringComparison.Ordinal);

    private static TheoryData<string, string> Cross(IEnumerable<string> ids, IEnumerable<string> cases)
    {
        var data = new TheoryData<string, string>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
            foreach (var name in cases)
                data.Add(id, name);
        return data;
    }
}
