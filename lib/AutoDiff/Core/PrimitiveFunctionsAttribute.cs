namespace AutoDiff;

/// <summary>
/// Marks a type whose named functions of the table of primitives (<c>Sin</c>, <c>Exp</c>,
/// <c>Max</c>, …) are written at build time by the source generator in lib/AutoDiff.Generators:
/// one line per primitive that is a function of one or two operands, calling <c>Unary&lt;P&gt;</c>
/// or <c>Binary&lt;P&gt;</c>. The type must be partial. Operators and <c>Pow</c> stay hand-written.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
internal sealed class PrimitiveFunctionsAttribute : Attribute;
