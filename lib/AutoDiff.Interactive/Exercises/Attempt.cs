using System.Net;
using System.Reflection;

namespace AutoDiff.Interactive;

/// <summary>
/// Runs a check around learner code so that nothing escapes into the kernel: a missing delegate
/// means the cells above have not run, a definition whose cell failed to run last time is stale,
/// <see cref="NotImplementedException"/> means the stub is still there, code that runs longer
/// than <see cref="Check.TimeLimit"/> is left behind, recursion stopped by the library for lack of
/// stack (<see cref="InsufficientExecutionStackException"/>) is "recursed without end", and any other
/// exception becomes a wrong answer that names it. Every result gets its attempt number here.
/// </summary>
internal static class Attempt
{
    internal const string RunCellsAbove = "Run the cells above first (from the top, or at least the cell that defines it), then run this check again.";

    /// <summary>Grades <paramref name="learner"/> with <paramref name="grade"/>, catching everything.
    /// <paramref name="alsoDefined"/> are further learner methods the check calls (checked for staleness too).</summary>
    internal static CheckResult Grade<TDelegate>(string exerciseId, TDelegate? learner, Func<TDelegate, CheckResult> grade, params Delegate?[] alsoDefined)
        where TDelegate : Delegate =>
        Grade(exerciseId, learner, (TDelegate watched, LearnerClock _) => grade(watched), alsoDefined);

    /// <summary>As above, for a check that calls more learner delegates: it wraps them with the clock it is given.</summary>
    internal static CheckResult Grade<TDelegate>(string exerciseId, TDelegate? learner, Func<TDelegate, LearnerClock, CheckResult> grade, params Delegate?[] alsoDefined)
        where TDelegate : Delegate
    {
        if (learner is null) return Attempts.Stamp(CheckResult.Pending(exerciseId, RunCellsAbove));
        if (SubmissionLog.StaleDefinition([learner, .. alsoDefined]) is { } stale)
            return Attempts.Stamp(CheckResult.Pending(exerciseId,
                $"The last run of the cell that defines {stale} failed, so {stale} is still an older definition (perhaps the stub). " +
                "Run the cell above and look for a compile error; fix it, then run this check again."));
        CheckResult result;
        try
        {
            var clock = new LearnerClock();
            var watched = clock.Watch(learner);
            result = TimeBox.Run(() => grade(watched, clock), clock, Check.TimeLimit) ?? TimeBox.TimedOut(exerciseId, Check.TimeLimit);
        }
#pragma warning disable CA1031 // A check must never throw into the kernel, whatever the learner's code does.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = FromException(exerciseId, e);
        }
        // The figure is drawn after the time limit, which is meant for the learner's code only.
        if (result.DrawFigure is { } draw) result = result with { FigureHtml = Figure(draw), DrawFigure = null };
        return Attempts.Stamp(result);
    }

    /// <summary>What a check says when the stack ran low inside the library (the tape operations
    /// throw <see cref="InsufficientExecutionStackException"/> before .NET would end the process).</summary>
    internal const string EndlessRecursion = "Your code recursed without end: look for a missing base case.";

    internal const string EndlessRecursionHint =
        "A recursive function needs a case that returns without calling itself (if (n == 0) return …;), and each call must come closer to it. " +
        "The library stopped the recursion before the stack ran out, so your definitions and this kernel are still usable: fix the function, run its cell, then this check.";

    /// <summary>The result for an exception thrown while running the learner's code.</summary>
    internal static CheckResult FromException(string exerciseId, Exception e)
    {
        e = Unwrap(e);
        if (e is NotImplementedException)
            return CheckResult.Pending(exerciseId, "Not attempted yet: replace `throw new NotImplementedException();` with your code, run that cell, then run this check.");
        if (e is InsufficientExecutionStackException)
            return CheckResult.Fail(exerciseId, EndlessRecursion, EndlessRecursionHint);
        string hint = e switch
        {
            NullReferenceException => "Something is null: run the cells above first, and check every variable you use is set.",
            DivideByZeroException => "An integer division by zero: in C#, int / int stays an integer (1 / 2 is 0); write 1.0 / 2 for a real division.",
            IndexOutOfRangeException => "An index is out of range: check the loop bounds and array lengths.",
            _ => "Fix what the message says, then run your cell and this check again.",
        };
        return CheckResult.Fail(exerciseId, $"Your code threw {e.GetType().Name}: {e.Message}", hint);
    }

    /// <summary>Renders a figure for the feedback; a rendering failure must not turn a correct
    /// answer wrong, so it becomes a short note instead.</summary>
    internal static string Figure(Func<string> render)
    {
        try
        {
            return render();
        }
#pragma warning disable CA1031 // The figure is an extra; the verdict stands without it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return "<p><em>(The figure could not be drawn: " + WebUtility.HtmlEncode(e.GetType().Name + ": " + e.Message) + ")</em></p>";
        }
    }

    /// <summary>True when <paramref name="got"/> agrees with <paramref name="expected"/> to
    /// <paramref name="tolerance"/>, relative to max(1, |expected|).</summary>
    internal static bool Close(double got, double expected, double tolerance = 1e-9) =>
        Math.Abs(got - expected) <= tolerance * Math.Max(1, Math.Abs(expected));

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            if (e is TargetInvocationException { InnerException: { } inner }) e = inner;
            else if (e is AggregateException { InnerExceptions.Count: 1 } agg) e = agg.InnerExceptions[0];
            else return e;
        }
    }
}
