namespace AutoDiff.Interactive.Tests;

/// <summary>One line of an answer table: the mistake (or the way a right answer is written), the
/// learner's answer, the verdict the check must give and a phrase its message or hint must contain.</summary>
public sealed record AnswerRow<TAnswer>(string Case, TAnswer Answer, ExerciseState Verdict, string Says)
{
    /// <summary>Asserts <paramref name="result"/> against this row, naming the row on failure.</summary>
    public void AssertMatches(CheckResult result)
    {
        Assert.True(result.Status == Verdict, $"{Case}: expected {Verdict}, got {result.Status}: {result}");
        Assert.True((result.Message + " " + result.Hint).Contains(Says, StringComparison.Ordinal), $"{Case}: expected the feedback to say \"{Says}\", got: {result}");
    }
}

/// <summary>Looks rows up by their case name, so each table row is its own test case.</summary>
public static class AnswerTable
{
    public static TheoryData<string> Cases<TAnswer>(IEnumerable<AnswerRow<TAnswer>> rows) => new(rows.Select(r => r.Case));

    public static AnswerRow<TAnswer> Row<TAnswer>(IEnumerable<AnswerRow<TAnswer>> rows, string name) => rows.Single(r => r.Case == name);
}
