namespace AutoDiff;

/// <summary>Says in words why a node's value or local derivative is NaN or ±∞, given that its
/// operands are finite (the first such node in tape order is where the non-finite value began).</summary>
internal static class NonFinite
{
    public static string? Describe(Tape tape, int id)
    {
        var e = tape[id];
        if (e.IsFused) return FusedChecks.NonFinite(tape, id);
        bool badPrimal = !double.IsFinite(e.Primal);
        bool badA = e.A >= 0 && !double.IsFinite(e.PartialA);
        bool badB = e.B >= 0 && !Primitives.Of(e.Op).OperandBIsParameter && !double.IsFinite(e.PartialB);
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
        var primitive = Primitives.Of(e.Op);
        return primitive.Domain(a, b)
            ?? (badPrimal && double.IsInfinity(e.Primal) && double.IsFinite(a) && double.IsFinite(b)
                ? $"overflow: {primitive.Symbol} at a = {sa}{(primitive.IsBinary ? ", b = " + sb : "")} gives {value}"
                : Fallback(e, primitive, sa, sb, badPrimal, badA));
    }

    private static string Fallback(TapeEntry e, Primitive primitive, string sa, string sb, bool badPrimal, bool badA)
    {
        string symbol = primitive.Symbol;
        string at = primitive.IsBinary ? $"a = {sa}, b = {sb}" : $"a = {sa}";
        if (badPrimal) return $"{symbol} gives {NodeDoctor.Number(e.Primal)} at {at}";
        double partial = badA ? e.PartialA : e.PartialB;
        return $"{symbol}: local derivative ∂/∂{(badA ? "a" : "b")} is {NodeDoctor.Number(partial)} at {at}";
    }
}
