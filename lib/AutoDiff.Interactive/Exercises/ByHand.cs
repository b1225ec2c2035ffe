namespace AutoDiff.Interactive;

/// <summary>
/// The one rule for exercises that ask for a derivative worked out by hand (1.2.40.9, the
/// mini-project): the learner's code may not call the library's differentiation, neither its
/// functional API (<see cref="Reverse"/>, <see cref="Forward"/>, <see cref="Nested"/>,
/// <see cref="Numeric"/>) nor the types that trace or carry a derivative themselves
/// (<see cref="Tape"/>, <see cref="Value"/>, <see cref="Dual"/>). Read from the learner's IL by
/// <see cref="CodeInspector"/>.
/// </summary>
internal static class ByHand
{
    /// <summary>The library types code written by hand may not call.</summary>
    internal static IReadOnlyList<Type> ForbiddenLibraries { get; } =
        [typeof(Reverse), typeof(Forward), typeof(Numeric), typeof(Nested), typeof(Tape), typeof(Value), typeof(Dual)];

    /// <summary>The method rule of a by-hand exercise: when the learner's code calls one of
    /// <see cref="ForbiddenLibraries"/>, the exercise's message and hint naming that call
    /// ("Reverse.Grad", "new Tape").</summary>
    internal static MethodRule Rule(Func<string, (string Message, string Hint)> calls) =>
        learner => CodeInspector.FirstCallInto(learner, [.. ForbiddenLibraries]) is { } call ? calls(call) : null;
}
