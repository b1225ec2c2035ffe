using System.Text.RegularExpressions;
using Lesson.Notebooks;
using Lesson.Notebooks.Apps;
using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Apps.Tests;

/// <summary>What the generated text promises a learner, checked against the solution notebooks.</summary>
public sealed partial class GeneratedTextTests
{
    [Theory]
    [MemberData(nameof(Apps.All), MemberType = typeof(Apps))]
    public void EveryExerciseMethod_FollowsALineDirectiveThatNamesIt(string name)
    {
        string[] lines = File.ReadAllLines(Apps.Path(AppVariant.Learner, name));
        var methods = ExerciseMethods(name).ToList();
        foreach (var method in methods)
        {
            int at = Array.FindIndex(lines, l => MethodStart().Match(l) is { Success: true } m && m.Groups[1].Value == method);
            Assert.True(at > 0, $"{name}: exercise method {method} not found");
            var directive = LineDirective().Match(lines[at - 1]);
            Assert.True(directive.Success, $"{name}: no #line directive above {method}: {lines[at - 1]}");
            // The directive numbers the method's own line as it is in the file, so editors and the compiler agree.
            Assert.Equal(at + 1, int.Parse(directive.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.StartsWith(name + ".cs [", directive.Groups[2].Value, StringComparison.Ordinal);
            Assert.EndsWith(", " + method + "]", directive.Groups[2].Value, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Apps.All), MemberType = typeof(Apps))]
    public void LearnerApp_HoldsNoWorkedSolution_AndFoldsModelAnswersAtTheEnd(string name)
    {
        string learner = File.ReadAllText(Apps.Path(AppVariant.Learner, name));
        Assert.DoesNotContain(SolutionRegions.Code.Begin, learner, StringComparison.Ordinal);
        // One stub line per exercise method (the header mentions the stub too, inside a comment).
        Assert.Equal(ExerciseMethods(name).Count(), learner.Split('\n').Count(l => l.Trim() == "throw new NotImplementedException();"));
        int answers = learner.IndexOf("#region Model answers", StringComparison.Ordinal);
        if (answers >= 0)
            Assert.DoesNotMatch(@"(?m)^[^/#\s]", learner[answers..].Replace("#endregion", "", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ExerciseMethods(string name) =>
        NotebookDocument.Load(Path.Combine(LessonPaths.Solutions(Apps.Root), name + ".ipynb")).Cells
            .Where(c => c.Kind == CellKind.Code && SolutionRegions.HasRegion(c.Source, SolutionRegions.Code))
            .SelectMany(c => MethodStart().Matches(c.Source).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"^\S.*?\s(\w+)\([^()]*\)\s*$", RegexOptions.Multiline)]
    private static partial Regex MethodStart();

    [GeneratedRegex("^#line (\\d+) \"([^\"]+)\"$")]
    private static partial Regex LineDirective();
}
