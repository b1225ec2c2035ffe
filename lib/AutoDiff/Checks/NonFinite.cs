namespace AutoDiff;

/// <summary>Says in words why a node's value or local derivative is NaN or ±∞, given that its
/// operands are finite (the first such node in tape order is where the non-finite value began).</summary>
internal static class NonFinite
{
    public static string? Describe(Tape tape, int id)
    {
        var e = tape[id];
        bool badPrimal = !double.IsFinite(e.Primal);
        bool badA = e.A >= 0 && !double.IsFinite(e.PartialA);
        bool badB = e.B >= 0 && e.Op != Op.PowConst && !double.IsFinite(e.PartialB);
        if (!badPrimal && !badA && !badB) return null;

        string value = NodeDoctor.Number(e.Primal);
        if (e.Op == Op.Input) return $"input is {value}";
        if (e.Op == Op.Constant) return $"constant is {value}";

        double a = tape[e.A].Primal, b = e.B >= 0 ? tape[e.B].Primal : 0;
        string sa = NodeDoctor.Number(a), sb = NodeDoctor.Number(b);
        if (e.Op == Op.Custom)
        {
            string name = tape.CustomNameOf(id) ?? "custom";
            return badPrimal
                ? $"custom primitive '{name}' returned {value} at a = {sa}"
                : $"custom primitive '{name}': derivative is {NodeDoctor.Number(e.PartialA)} at a = {sa}";
        }
        return Domain(e.Op, a, b, sa, sb)
            ?? (badPrimal && double.IsInfinity(e.Primal) && double.IsFinite(a) && double.IsFinite(b)
                ? $"overflow: {Rules.Describe(e.Op).Symbol} at a = {sa}{(Rules.IsBinary(e.Op) ? ", b = " + sb : "")} gives {value}"
                : Fallback(e, sa, sb, badPrimal, badA));
    }

    // The classic domain errors, each with the operand values that caused it.
    private static string? Domain(Op op, double a, double b, string sa, string sb) => op switch
    {
        Op.Log when a < 0 => $"log of a negative number (a = {sa})",
        Op.Log when a == 0 => "log of zero (a = 0): the value is −∞ and the derivative 1/a is infinite",
        Op.Div when b == 0 => $"division by zero (a = {sa}, b = 0)",
        Op.Sqrt when a < 0 => $"sqrt of a negative number (a = {sa})",
        Op.Sqrt when a == 0 => "sqrt at 0: derivative is infinite",
        Op.Pow or Op.PowConst when a < 0 && !double.IsInteger(b) => $"power of a negative number with a fractional exponent (a = {sa}, b = {sb})",
        Op.Pow or Op.PowConst when a == 0 && b < 0 => $"power of zero with a negative exponent ({sb}): the value is infinite",
        Op.Pow or Op.PowConst when a == 0 && b > 0 && b < 1 => $"power of zero with exponent {sb} between 0 and 1: the derivative is infinite",
        Op.Pow when a == 0 && b == 0 => "0ᵇ with a traced exponent at b = 0: 0ᵇ jumps from 1 (b = 0) to 0 (b > 0), so ∂/∂b does not exist",
        Op.Pow when a < 0 => $"power of a negative base with a traced exponent (a = {sa}, b = {sb}): aᵇ is not a real number for b near {sb}, so ∂/∂b does not exist",
        Op.Exp when a > 0 => $"overflow: exp({sa}) = +∞",
        _ => null,
    };

    private static string Fallback(TapeEntry e, string sa, string sb, bool badPrimal, bool badA)
    {
        string symbol = Rules.Describe(e.Op).Symbol;
        string at = Rules.IsBinary(e.Op) ? $"a = {sa}, b = {sb}" : $"a = {sa}";
        if (badPrimal) return $"{symbol} gives {NodeDoctor.Number(e.Primal)} at {at}";
        double partial = badA ? e.PartialA : e.PartialB;
        return $"{symbol}: local derivative ∂/∂{(badA ? "a" : "b")} is {NodeDoctor.Number(partial)} at {at}";
    }
}
