using System.Reflection;
using AutoDiff.Interactive.Tests.Progress;

namespace AutoDiff.Interactive.Tests;

/// <summary>Every check stamps its result (attempt number, progress) even when the cells above have
/// not run, so a not-attempted verdict counts like any other. Runs alone, so no other test moves the counts.</summary>
[Collection(nameof(ProgressLogUsers))]
public class CheckStampingTests
{
    // Every public check, by name.
    public static TheoryData<string> Checks => new(typeof(Check).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(CheckResult)).Select(m => m.Name).Distinct());

    // The check called as a cell that has not run the cells above (null answers, default values).
    private static CheckResult CallBeforeTheCellsAbove(string name)
    {
        var method = typeof(Check).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == name && m.ReturnType == typeof(CheckResult));
        return (CheckResult)method.Invoke(null, method.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray())!;
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public void Check_BeforeTheCellsAbove_IsNotAttemptedAndCountsItsAttempt(string name)
    {
        var first = CallBeforeTheCellsAbove(name);
        var second = CallBeforeTheCellsAbove(name);

        Assert.Equal(ExerciseState.NotAttempted, first.Status);
        Assert.Equal(first.Attempt + 1, second.Attempt);
    }

    [Fact]
    public void HomeworkSketch_WithoutTheFunction_StampsItsAttempt()
    {
        var first = Check.HomeworkSketch(() => AutoDiff.Sketch.GraphSketch.Parse(MiniProjectSketches.Correct), null);
        var second = Check.HomeworkSketch(() => AutoDiff.Sketch.GraphSketch.Parse(MiniProjectSketches.Correct), null);

        Assert.Equal(ExerciseState.NotAttempted, first.Status);
        Assert.Equal(first.Attempt + 1, second.Attempt);
        Assert.Equal(second.Attempt, Attempts.Count(ExerciseCatalogue.HomeworkSketch.Id));
    }
}
