using System.Diagnostics;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace AutoDiff.Interactive;

/// <summary>
/// Times the learner's code inside one check, and only that: the check's own work (tracing,
/// drawing a large graph) is never counted against <see cref="Check.TimeLimit"/>. Each check gets
/// its own clock, so code left running by an earlier check cannot disturb it.
/// </summary>
internal sealed class LearnerClock
{
    // Wrapped delegates map back to the learner's own, whose IL and name the checks inspect.
    private static readonly ConditionalWeakTable<Delegate, Delegate> Originals = [];

    private int depth;
    private long since;

    /// <summary>How long the learner's code has been running without returning (zero when it is not running).</summary>
    internal TimeSpan Running => Volatile.Read(ref depth) > 0 ? Stopwatch.GetElapsedTime(Volatile.Read(ref since)) : TimeSpan.Zero;

    /// <summary>A delegate of the same type that calls <paramref name="learner"/> on this clock.</summary>
    internal TDelegate Watch<TDelegate>(TDelegate learner) where TDelegate : Delegate
    {
        var parameters = typeof(TDelegate).GetMethod("Invoke")!.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var self = Expression.Constant(this);
        var call = Expression.Invoke(Expression.Constant(learner), parameters);
        var body = Expression.Block(
            Expression.Call(self, nameof(Enter), Type.EmptyTypes),
            Expression.TryFinally(call, Expression.Call(self, nameof(Exit), Type.EmptyTypes)));
        var wrapped = Expression.Lambda<TDelegate>(body, parameters).Compile();
        Originals.AddOrUpdate(wrapped, learner);
        return wrapped;
    }

    /// <summary>The learner's own delegate behind <paramref name="learner"/> (itself when not wrapped).</summary>
    internal static Delegate Original(Delegate learner) => Originals.TryGetValue(learner, out var original) ? original : learner;

    /// <summary>Called on entering the learner's code.</summary>
    public void Enter()
    {
        if (Interlocked.Increment(ref depth) == 1) Volatile.Write(ref since, Stopwatch.GetTimestamp());
    }

    /// <summary>Called on leaving the learner's code.</summary>
    public void Exit() => Interlocked.Decrement(ref depth);
}
