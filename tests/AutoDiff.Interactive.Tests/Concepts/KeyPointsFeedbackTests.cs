
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>A free-text answer compared with its key points: a missing point is named, an unknown
/// number is refused, all points marked is self-checked (never correct).</summary>
public class KeyPointsFeedbackTests
{
    private const string Written = "A written answer of more than a few words, which the check shows back and never grades.";

    public static TheoryData<string> Ids => new(LessonConcepts.KeyPointLists.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void AllPoints_AreSelfChecked_NeverCorrect(string id)
    {
        var points = LessonConcepts.KeyPointLists[id];

        Assert.Equal(ExerciseState.SelfChecked, points.Grade(Written, Enumerable.Range(1, points.Points.Count).ToArray(), 1).Status);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachMissingPoint_IsNamedWithItsText(string id)
    {
        var points = LessonConcepts.KeyPointLists[id];
        for (int missing = 1; missing <= points.Points.Count; missing++)
        {
            var result = points.Grade(Written, Enumerable.Range(1, points.Points.Count).Where(n => n != missing).ToArray(), 1);

            Assert.Equal(ExerciseState.Wrong, result.Status);
            Assert.Contains($"key point ({missing}) {points.Points[missing - 1]}", result.Message, StringComparison.Ordinal);
            Assert.Equal(points.Hints.For(1), result.Hint);
        }
    }

    [Theory]
    [InlineData(new int[0], "does not make key points (1)")]
    [InlineData(new[] { 1, 3 }, "does not make key point (2) The result is exact")]
    [InlineData(new[] { 0 }, "There is no key point 0.")]
    [InlineData(new[] { 1, 2, 3, 4 }, "There is no key point 4.")]
    public void Definition_MistakesAndTheirFeedback(int[] covered, string feedback)
    {
        var result = LessonConcepts.KeyPointLists["1.2.40.1.keypoints"].Grade(Written, covered, 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains(feedback, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryList_IsShortAndHasTwoHints(string id)
    {
        var points = LessonConcepts.KeyPointLists[id];

        Assert.InRange(points.Points.Count, 2, 4);
        Assert.False(string.IsNullOrWhiteSpace(points.Hints.First));
        Assert.False(string.IsNullOrWhiteSpace(points.Hints.Second));
    }
}
