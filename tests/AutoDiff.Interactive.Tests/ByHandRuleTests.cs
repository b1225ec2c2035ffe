namespace AutoDiff.Interactive.Tests;

/// <summary>
/// The exercises that ask for a derivative by hand (1.2.40.9 and the mini-project) forbid the same
/// libraries: a right answer that calls any of them is wrong in both, naming the call, and the
/// architecture doc names the same list.
/// </summary>
public class ByHandRuleTests
{
    private static double H(double x) => 2 * x * Math.Cos(x * x) * Math.Exp(Math.Sin(x * x));

    private static double Dx(double x, double y) => 2 * x * y + Math.Cos(x);

    private static double Dy(double x, double _) => x * x;

    // Each helper returns v after calling into one library type (the check reads the IL, following
    // calls into this assembly, so the call must be written out, not passed as a delegate).
    private static double CallsReverse(double v) => v + 0 * Reverse.Derivative(t => t * t, 1.0);
    private static double CallsForward(double v) => v + 0 * Forward.Derivative(t => t * t, 1.0);
    private static double CallsNumeric(double v) => v + 0 * Numeric.Derivative(Math.Sin, 1.0);
    private static double CallsNested(double v) => v + 0 * Nested.Derivative(t => t * t, 1.0);
    private static double CallsTape(double v) => v + 0 * new Tape().Count;
    private static double CallsValue(double v) => v + 0 * Value.Constant(1).Primal;
    private static double CallsDual(double v) => v + 0 * new Dual(1, 0).Primal;

    /// <summary>A right answer of each by-hand check that calls one library type, and the call as feedback names it.</summary>
    public static readonly (Type Library, string Call, Func<double, double> ChainRule, Func<double, double, double> DfDx)[] Answers =
    [
        (typeof(Reverse), "Reverse.Derivative", x => CallsReverse(H(x)), (x, y) => CallsReverse(Dx(x, y))),
        (typeof(Forward), "Forward.Derivative", x => CallsForward(H(x)), (x, y) => CallsForward(Dx(x, y))),
        (typeof(Numeric), "Numeric.Derivative", x => CallsNumeric(H(x)), (x, y) => CallsNumeric(Dx(x, y))),
        (typeof(Nested), "Nested.Derivative", x => CallsNested(H(x)), (x, y) => CallsNested(Dx(x, y))),
        (typeof(Tape), "new Tape", x => CallsTape(H(x)), (x, y) => CallsTape(Dx(x, y))),
        (typeof(Value), "Value.Constant", x => CallsValue(H(x)), (x, y) => CallsValue(Dx(x, y))),
        (typeof(Dual), "new Dual", x => CallsDual(H(x)), (x, y) => CallsDual(Dx(x, y))),
    ];

    public static TheoryData<string> Calls => new(Answers.Select(a => a.Call));

    [Fact]
    public void RightAnswersWithoutALibraryCall_AreCorrectInBoth()
    {
        Assert.Equal(ExerciseState.Correct, Check.ChainRule(H).Status);
        Assert.Equal(ExerciseState.Correct, Check.MiniProjectPartials(Dx, Dy, MiniProjectAnswers.TracedF()).Status);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void ChainRule_RightValueThatCallsALibrary_IsWrongAndNamesTheCall(string call)
    {
        var answer = Answers.Single(a => a.Call == call);
        var result = Check.ChainRule(answer.ChainRule);

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains($"calls the library's {call}:", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void MiniProject_RightValuesThatCallALibrary_AreWrongAndNameTheCall(string call)
    {
        var answer = Answers.Single(a => a.Call == call);
        var result = Check.MiniProjectPartials(answer.DfDx, Dy, MiniProjectAnswers.TracedF());

        Assert.Equal(ExerciseState.Wrong, result.Status);
        Assert.Contains($"DfDx calls the library's {call}:", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAnswers_CoverEveryForbiddenLibrary() =>
        Assert.Equal(ByHand.ForbiddenLibraries.Select(t => t.Name).Order(StringComparer.Ordinal), Answers.Select(a => a.Library.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void ArchitectureDoc_NamesTheSameLibraries()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryFolders.Root, "docs", "architecture.md"));
        var names = ByHand.ForbiddenLibraries.Select(t => $"`{t.Name}`").ToList();
        string list = string.Join(", ", names[..^1]) + " or " + names[^1];

        Assert.Contains($"must not call {list}", System.Text.RegularExpressions.Regex.Replace(doc, @"\s+", " "), StringComparison.Ordinal);
    }
}
