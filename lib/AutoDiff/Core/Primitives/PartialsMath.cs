namespace AutoDiff;

/// <summary>Small pieces the partials and kinks of the table of primitives are written with, generic
/// over the number type (the number type itself is <see cref="IScalar{T}"/>).</summary>
internal static class PartialsMath
{
    public static T One<T>() where T : IScalar<T> => T.Constant(1);

    public static T Zero<T>() where T : IScalar<T> => T.Constant(0);

    /// <summary>[on]: 1 or 0.</summary>
    public static T Step<T>(bool on) where T : IScalar<T> => T.Constant(on ? 1 : 0);

    // Math.Sign throws on NaN; a NaN operand must give a NaN derivative (reported), not a crash.
    public static double Sign(double a) => double.IsNaN(a) ? double.NaN : Math.Sign(a);

    // max/min are not differentiable at a tie; we share the derivative equally (a valid
    // subgradient, and symmetric in a and b).
    public static (T, T) Tie<T>(double winner, double other) where T : IScalar<T> =>
        winner > other ? (One<T>(), Zero<T>())
        : winner < other ? (Zero<T>(), One<T>())
        : (T.Constant(0.5), T.Constant(0.5));

    /// <summary>|a − b| within eps of 0, relative to the operands' size.</summary>
    public static bool Near(double a, double b, double eps) =>
        Math.Abs(a - b) <= eps * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
