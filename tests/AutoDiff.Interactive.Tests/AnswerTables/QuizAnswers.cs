using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>The quiz: a wrong answer gets a hint first; the answer and its reason after a second try.</summary>
public class QuizAnswers
{
    // item, the learner's answers in order (the last one is graded), verdict, the feedback says
    public static readonly AnswerRow<(int Item, bool[] Tries)>[] Rows =
    [
        new("1 false once",        (1, [false]),            Wrong,   "local derivative"),
        new("2 true once",         (2, [true]),             Wrong,   "step size h"),
        new("3 false once",        (3, [false]),            Wrong,   "Count the passes"),
        new("4 false once",        (4, [false]),            Wrong,   "from outputs to inputs"),
        new("1 false twice",       (1, [false, false]),     Wrong,   "“Autodiff uses chain rule.” is true"),
        new("2 true twice",        (2, [true, true]),       Wrong,   "“Autodiff is the same as numeric differentiation.” is false"),
        new("3 false twice",       (3, [false, false]),     Wrong,   "“Reverse mode is efficient for scalar outputs.” is true"),
        new("4 false twice",       (4, [false, false]),     Wrong,   "“Backprop is reverse-mode autodiff.” is true"),
        new("1 right",             (1, [true]),             Correct, "is true"),
        new("2 right after a hint",(2, [true, false]),      Correct, "is false"),
        new("4 right again",       (4, [true, true]),       Correct, "is true"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        var quiz = new Quiz();
        CheckResult? last = null;
        foreach (bool answer in row.Answer.Tries) last = quiz.Answer(row.Answer.Item, () => answer);
        row.AssertMatches(last!);
        if (row.Answer.Tries is [_] && row.Verdict == Wrong)
            Assert.DoesNotContain(" is ", last!.Message.Replace("You answered", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
