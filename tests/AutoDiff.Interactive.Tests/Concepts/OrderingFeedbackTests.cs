
namespace AutoDiff.Interactive.Tests.Concepts;

/// <summary>The backward pass of f(x) = sin(x²) + x put in order. Steps as shown:
/// A x² passes to x · B seed f̄ = 1 · C x adds its two contributions · D the sum passes to sin(x²)
/// and x · E sin(x²) passes to x². The right order, by the chain rule: B D E A C.</summary>
public class OrderingFeedbackTests
{
    private static Ordering Steps => LessonConcepts.Orderings["challenge.explain.order"];

    [Theory]
    [InlineData("BDEAC")]
    [InlineData("bdeac")]
    [InlineData("B, D, E, A, C")]
    public void RightOrder_Passes(string order) => Assert.True(Steps.Grade(order, 1).IsCorrect, Steps.Grade(order, 1).ToString());

    [Theory]
    [InlineData("DBEAC", "In your order, D (The sum passes its adjoint × 1 to sin(x²) and to x.) comes before B", "starts from the output")]
    [InlineData("BEDAC", "In your order, E (sin(x²) passes its adjoint × cos(x²) to x².) comes before D", "gets its adjoint from f")]
    [InlineData("BDAEC", "In your order, A (x² passes its adjoint × 2x to x.) comes before E", "gets its adjoint from sin")]
    [InlineData("BDECA", "In your order, C (x adds the two contributions it received: x̄ = 1 + 2x·cos(x²).) comes before A", "x's adjoint is complete only after every node that uses x has sent its share")]
    [InlineData("BCDEA", "In your order, C", "x's adjoint is complete only after every node that uses x has sent its share, f included")]
    [InlineData("CAEDB", "comes before B", "starts from the output")]
    public void WrongOrder_IsToldTheFirstRuleItBreaks(string order, string message, string why)
    {
        var result = Steps.Grade(order, 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
        Assert.Contains(why, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BDEAC", result.Message + result.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BDEA", "Step C is missing.")]
    [InlineData("BDEAAC", "Step A appears more than once.")]
    [InlineData("BDEAX", "There is no step X.")]
    public void IncompleteOrder_SaysWhatIsWrongWithIt(string order, string message)
    {
        var result = Steps.Grade(order, 1);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void Rules_FixExactlyOneOrder()
    {
        var letters = Steps.Steps.Select(s => s.Letter).ToArray();
        var passing = Permutations(letters).Select(p => new string(p)).Where(p => Steps.Grade(p, 1).IsCorrect).ToList();

        Assert.Equal(["BDEAC"], passing);
    }

    private static IEnumerable<char[]> Permutations(char[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany((c, i) => Permutations(items.Where((_, j) => j != i).ToArray()).Select(rest => new[] { c }.Concat(rest).ToArray()));
}
