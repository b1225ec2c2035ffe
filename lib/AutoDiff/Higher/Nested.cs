namespace AutoDiff;

/// <summary>
/// Derivatives of any order with <see cref="NestedDual"/> numbers: every call takes a fresh tag, so
/// derivatives nest without perturbation confusion. The classic test:
/// d/dx [x · (d/dy (x + y))] = d/dx [x · 1] = 1, at every x; an untagged implementation gives 2
/// because it cannot tell the inner ε from the outer one.
/// </summary>
public static class Nested
{
    // Why a process-wide counter (the one static mutable field in the library): an inner call
    // cannot see the tags of the outer calls (they hide in the closure it is given), so a tag must
    // differ from every tag that could be alive anywhere. Interlocked keeps it unique across threads;
    // creation order also makes inner calls' tags higher, which keeps nested numbers shallow.
    private static long lastTag;

    /// <summary>
    /// f′(x) as a nested dual: f is run on x + 1·ε_t for a fresh tag t and the coefficient of ε_t is
    /// returned. The result may still carry outer perturbations (when f uses variables of an
    /// enclosing derivative call), which is what lets derivatives nest.
    /// </summary>
    public static NestedDual Derivative(Func<NestedDual, NestedDual> f, NestedDual x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        long tag = Interlocked.Increment(ref lastTag);
        var y = f(NestedDual.Variable(tag, x));
        return TangentOf(y ?? throw new InvalidOperationException("f returned null; return a NestedDual."), tag);
    }

    /// <summary>f′(x) as a number, for a top-level call.</summary>
    /// <exception cref="InvalidOperationException">The derivative still depends on a variable of an
    /// enclosing derivative call; inside another call use the <see cref="NestedDual"/> overload.</exception>
    public static double Derivative(Func<NestedDual, NestedDual> f, double x)
    {
        var d = Derivative(f, NestedDual.Constant(x));
        if (!d.IsConstant)
            throw new InvalidOperationException(
                "This derivative depends on the variable of an enclosing derivative call, and a double would drop that dependence. " +
                "Inside another derivative call, pass the point as a NestedDual: Nested.Derivative(f, (NestedDual)x).");
        return d.Primal;
    }

    /// <summary>The coefficient of ε_tag in y. Parts of y carry only tags lower than y's own, so a
    /// number with a lower tag has no ε_tag at all, and a higher one is searched part by part.</summary>
    internal static NestedDual TangentOf(NestedDual y, long tag)
    {
        if (y.Tag == tag) return y.Tangent;
        if (y.Tag < tag) return NestedDual.Zero;
        return NestedDual.Make(y.Tag, TangentOf(y.PrimalPart, tag), TangentOf(y.Tangent, tag));
    }
}
