using System.Reflection;
using System.Reflection.Emit;

namespace AutoDiff.Interactive;

/// <summary>
/// Which library methods the learner's code calls, read from its IL (following calls into the
/// learner's own helper methods and lambdas), so a check can grade the method an exercise asks
/// for: dual numbers in 1.2.40.4, the chain rule by hand (no <see cref="Reverse"/>) in 1.2.40.9.
/// </summary>
internal static class CodeInspector
{
    private const int MaxMethods = 50;
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The methods (and constructors) that <paramref name="learner"/> calls outside its own
    /// code, directly or through methods of its own (in a notebook: of any cell, <see cref="LearnersCode"/>),
    /// in order of first call; empty when the IL cannot be read.</summary>
    internal static IReadOnlyList<MethodBase> CalledMethods(Delegate learner)
    {
        var methods = new List<MethodBase>();
        var seen = new HashSet<MethodBase>();
        var method0 = LearnerClock.Original(learner).Method;
        var pending = new Queue<MethodBase>([method0]);
        var own = LearnersCode(method0.Module.Assembly);
        while (pending.Count > 0 && seen.Count < MaxMethods)
        {
            var method = pending.Dequeue();
            if (!seen.Add(method)) continue;
            foreach (var called in Calls(method))
            {
                if (own(called.Module.Assembly)) pending.Enqueue(called);
                else if (!methods.Contains(called)) methods.Add(called);
            }
        }
        return methods;
    }

    /// <summary>
    /// Which assemblies hold the learner's code, given the one of the learner's delegate: that
    /// assembly, and in a notebook every cell of the same session. The kernel compiles each cell
    /// into an assembly of its own, named ℛ*&lt;guid&gt;#&lt;engine&gt;-&lt;cell&gt; (Roslyn scripting), so a helper
    /// defined in a cell above is in another assembly with the same name up to the last '-'.
    /// </summary>
    private static Func<Assembly, bool> LearnersCode(Assembly own)
    {
        string name = own.GetName().Name ?? "";
        int cell = name.LastIndexOf('-');
        if (!name.StartsWith("ℛ*", StringComparison.Ordinal) || cell < 0) return a => a == own;
        string session = name[..(cell + 1)];
        return a => a == own || (a.GetName().Name?.StartsWith(session, StringComparison.Ordinal) ?? false);
    }

    /// <summary>The first method that <paramref name="learner"/> calls on one of <paramref name="types"/>,
    /// as "Reverse.Derivative" or "new Dual", or null.</summary>
    internal static string? FirstCallInto(Delegate learner, params Type[] types) =>
        CalledMethods(learner).FirstOrDefault(m => m.DeclaringType is { } t && types.Contains(t)) is { } m
            ? (m.IsConstructor ? "new " + m.DeclaringType!.Name : m.DeclaringType!.Name + "." + m.Name)
            : null;

    private static IEnumerable<MethodBase> Calls(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (InvalidOperationException)
        {
            il = null; // dynamic methods have no readable body
        }
        if (il is null) yield break;
        for (int i = 0; i < il.Length;)
        {
            short value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
            if (!OpCodesByValue.TryGetValue(value, out var op)) yield break; // unknown byte: stop rather than misread
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod && i + 4 <= il.Length && Resolve(method, BitConverter.ToInt32(il, i)) is { } target)
                yield return target;
            i += OperandSize(op, il, i);
        }
    }

    private static MethodBase? Resolve(MethodBase context, int token)
    {
        try
        {
            var typeArgs = context.DeclaringType?.IsGenericType == true ? context.DeclaringType.GetGenericArguments() : null;
            var methodArgs = context.IsGenericMethod ? context.GetGenericArguments() : null;
            return context.Module.ResolveMethod(token, typeArgs, methodArgs);
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMethodException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => at + 4 <= il.Length ? 4 + 4 * BitConverter.ToInt32(il, at) : il.Length,
        _ => 4,
    };
}
