using static LessonExercises.ExerciseState;

namespace AutoDiff.Interactive.Tests;

/// <summary>A self-assessed part (1.2.40.1's key points): the written answer must be there (not
/// empty, not the placeholder, more than a few words) before any marks count, and marking every
/// point is "self-checked", never "correct"; what the prose says is never graded.</summary>
public class KeyPointsAnswers
{
    private const string Placeholder = "\n    Write your answer here.\n    ";

    private const string Prose = "Autodiff runs the program and applies the exact derivative of every elementary operation at the current values, " +
        "combining them with the chain rule, so the result is exact up to rounding.";

    // A misconception in fluent prose: the lesson does not judge it (a similarity score would rate it
    // well); the learner's marks decide, and the model answer below the check corrects it.
    private const string Misconception = "Autodiff approximates the derivative by evaluating f at x + h and x − h and applying the chain rule to the result.";

    // case, (written answer, the numbers the learner marks; null = the stub still throws), verdict, the feedback says
    public static readonly AnswerRow<(string? Written, int[]? Marked)>[] Rows =
    [
        new("empty",                         ("", [1, 2, 3]),                          NotAttempted, "your written answer is empty"),
        new("only spaces and new lines",     ("\n   \n  ", [1, 2, 3]),                  NotAttempted, "your written answer is empty"),
        new("the placeholder",               (Placeholder, [1, 2, 3]),                 NotAttempted, "still returns “Write your answer here.”"),
        new("the placeholder, Markdown's",   ("_Write your answer here._", [1, 2, 3]), NotAttempted, "still returns “Write your answer here.”"),
        new("a few words",                   ("chain rule, exact", [1, 2, 3]),         NotAttempted, "has 3 words, too few"),
        new("a few words under the placeholder", (Placeholder + "uses the chain rule", [1, 2, 3]), NotAttempted, "has 4 words, too few"),
        new("written, numbers still a stub", (Prose, null),                            NotAttempted, "Your answer is written. Compare it with the key points"),
        new("written, a point missing",      (Prose, [1, 3]),                          Wrong,        "does not make key point (2)"),
        new("written, an unknown number",    (Prose, [1, 2, 3, 4]),                    Wrong,        "There is no key point 4."),
        new("written, every point marked",   (Prose, [1, 2, 3]),                       SelfChecked,  "counts as self-checked, not as correct"),
        new("a misconception, marked fully", (Misconception, [3, 2, 1]),               SelfChecked,  "your own assessment"),
        new("prose below the placeholder",   (Placeholder + Prose, [1, 2, 3]),         SelfChecked,  "your own assessment"),
    ];

    public static TheoryData<string> Cases => AnswerTable.Cases(Rows);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAnswer_GetsItsVerdictAndFeedback(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        string MyDefinition() => row.Answer.Written!;
        int[] KeyPointsOfMyDefinition() => row.Answer.Marked ?? throw new NotImplementedException();

        var result = new ConceptChecks().KeyPoints("1.2.40.1.keypoints", MyDefinition, KeyPointsOfMyDefinition);

        row.AssertMatches(result);
        Assert.NotEqual(Correct, result.Status);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AWrittenAnswer_IsShownBackBesideTheKeyPoints_AndNothingElseIs(string name)
    {
        var row = AnswerTable.Row(Rows, name);
        var result = new ConceptChecks().KeyPoints("1.2.40.1.keypoints", () => row.Answer.Written!, () => row.Answer.Marked ?? throw new NotImplementedException());

        if (row.Verdict == NotAttempted && row.Answer.Marked is not null)
        {
            Assert.Null(result.SelfAssessment); // nothing to compare yet: the key points come once there is an answer
            return;
        }
        var view = Assert.IsType<AutoDiff.Visuals.SelfAssessment>(result.SelfAssessment);
        Assert.Equal(row.Answer.Written!.Trim(), view.Answer);
        Assert.Equal(LessonConcepts.KeyPointLists["1.2.40.1.keypoints"].Points, view.Points);
        string html = result.ToHtml();
        Assert.Contains("class=\"self-assessment\"", html, StringComparison.Ordinal);
        Assert.Contains(AutoDiff.Visuals.HtmlText.Escape(row.Answer.Written!.Trim()), html, StringComparison.Ordinal);
    }
}
