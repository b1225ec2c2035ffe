using System.Globalization;

namespace AutoDiff;

/// <summary>The errors a <see cref="Value"/> handle can run into, with messages that say what
/// happened and what to do.</summary>
internal static class ValueErrors
{
    public static InvalidOperationException Default() => new(
        "This Value is default(Value) (for example an array slot that was never filled), not a number. " +
        "Create inputs with tape.Variable(...) and constants with Value.Constant(c) or tape.Constant(c).");

    public static InvalidOperationException Cleared(int index) => new(
        "This Value (node " + index.ToString(CultureInfo.InvariantCulture) + ") was recorded before its tape was cleared " +
        "with Tape.Clear(), so its node no longer exists. Trace the function again after Clear() and use the new values.");

    public static InvalidOperationException TwoThreads() => new(
        "This Tape was used from two threads at the same time, so its nodes and adjoints cannot be trusted. " +
        "A tape records one computation: give each thread its own Tape (Reverse.Grad and GradCheck already do).");
}
