using System.Reflection;
using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// The table of primitives reaches every surface: a function of the table can be called on each
// number type by its name, and written in a sketch by each of its names. A primitive added to the
// table and missing from a surface fails here, with no new test code.
public class PrimitiveSurfaceTests
{
    public static TheoryData<Op> Functions => [.. Primitives.All.Where(p => p.Notation.Form == Form.Function).Select(p => p.Op)];

    // The functions the source generator (lib/AutoDiff.Generators) writes a named method for: every
    // primitive of one or two operands written as a function or in bars. The operators and Pow are
    // hand-written.
    public static TheoryData<Op> NamedFunctions =>
        [.. Primitives.All.Where(p => p.Notation.Form is Form.Function or Form.Bars && p.Arity is 1 or 2).Select(p => p.Op)];

    private static readonly Type[] NumberTypes = [typeof(Value), typeof(Dual), typeof(NestedDual)];

    [Fact]
    public void TheTableHasFunctions_AtanAndSoftplusAmongThem()
    {
        Assert.Contains(Op.Atan, NamedFunctions);
        Assert.Contains(Op.Softplus, NamedFunctions);
        Assert.Contains(Op.Abs, NamedFunctions);
        Assert.DoesNotContain(Op.Add, NamedFunctions);
        Assert.DoesNotContain(Op.PowConst, NamedFunctions);
    }

    [Theory]
    [MemberData(nameof(NamedFunctions))]
    public void EveryFunction_IsANamedMethodOfEveryNumberType(Op op)
    {
        var p = Primitives.Of(op);
        foreach (var type in NumberTypes)
        {
            var method = type.GetMethod(op.ToString(), BindingFlags.Public | BindingFlags.Static, [.. Enumerable.Repeat(type, p.Arity)]);
            Assert.True(method is not null, $"{type.Name}.{op}({string.Join(", ", Enumerable.Repeat(type.Name, p.Arity))}) is missing: is {type.Name} partial and marked [PrimitiveFunctions]?");
            Assert.Equal(type, method!.ReturnType);
        }
    }

    [Theory]
    [MemberData(nameof(NamedFunctions))]
    public void EveryFunction_HasADefaultInIScalar(Op op)
    {
        var p = Primitives.Of(op);
        var method = typeof(IScalar<Real>).GetMethod(op.ToString(), BindingFlags.Public | BindingFlags.Static, [.. Enumerable.Repeat(typeof(Real), p.Arity)]);
        Assert.True(method is { IsVirtual: true, IsAbstract: false }, $"IScalar<T>.{op} has no static virtual default");
        Assert.Equal(typeof(Real), method!.ReturnType);
    }

    // The generated method applies its own primitive, not another: its value and its derivative
    // are those of the table's entry applied directly.
    [Theory]
    [MemberData(nameof(NamedFunctions))]
    public void EveryNamedFunction_AppliesItsOwnPrimitive(Op op)
    {
        var p = Primitives.Of(op);
        var c = PrimitiveCases.Points.First(c => c.Op == op);
        object[] Args(Func<double, object> number) => p.Arity == 1 ? [number(c.A)] : [number(c.A), number(c.B)];
        object Call(Type type, object[] args) => type.GetMethod(op.ToString(), [.. args.Select(a => a.GetType())])!.Invoke(null, args)!;

        var tape = new Tape();
        var traced = (Value)Call(typeof(Value), Args(a => tape.Variable(a)));
        Assert.Equal(op, tape.Entries[^1].Op);
        Assert.Equal(p.Primal(c.A, c.B), traced.Primal);

        var dual = (Dual)Call(typeof(Dual), Args(a => new Dual(a, a == c.A ? 1 : 0)));
        Assert.Equal(p.Apply(new Dual(c.A, 1), new Dual(c.B, 0)), dual);

        double nested = Nested.Derivative(t => (NestedDual)Call(typeof(NestedDual), p.Arity == 1 ? [t] : [t, (NestedDual)c.B]), c.A);
        Assert.Equal(Nested.Derivative(t => p.Apply(t, (NestedDual)c.B), c.A), nested);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void EveryFunction_CanBeWrittenInASketchByEachOfItsNames(Op op)
    {
        var names = Primitives.Of(op).WrittenNames;
        Assert.Contains(op.ToString().ToLowerInvariant(), names);
        Assert.All(names, name => Assert.Equal(op, FormulaParser.Function(name)));
    }

    [Fact]
    public void Log_IsAlsoWrittenLn_AndSigmoidAsSigma()
    {
        Assert.Equal(Op.Log, FormulaParser.Function("ln"));
        Assert.Equal(Op.Sigmoid, FormulaParser.Function("σ"));
        Assert.Null(FormulaParser.Function("sinh"));
    }

    [Fact]
    public void ASketchOfAtan_MatchesItsTrace()
    {
        var sketch = GraphSketch.Parse("""
            x: input
            a = atan x
            x -> a : 1/(1 + x^2)
            """);
        var comparison = SketchComparison.Compare(sketch, v => Value.Atan(v[0]), ["x"], [[0.4], [-1.3], [2.2]]);
        Assert.True(comparison.IsMatch, string.Join(" | ", comparison.Differences.Select(d => d.Message)));

        var wrong = SketchComparison.Compare(GraphSketch.Parse("""
            x: input
            a = atan x
            x -> a : 1/(1 - x^2)
            """), v => Value.Atan(v[0]), ["x"], [[0.4], [-1.3], [2.2]]);
        Assert.False(wrong.IsMatch);
    }

    // Softplus was added as its struct, its table line and its Op alone: generic code, every
    // number type and the sketch language have it.
    [Fact]
    public void Softplus_FromItsTableEntryAlone_WorksInGenericCodeAndInASketch()
    {
        static T F<T>(T x) where T : IScalar<T> => x * T.Softplus(x);
        const double x0 = 0.4;
        double expected = Math.Log(1 + Math.Exp(x0)) + x0 / (1 + Math.Exp(-x0)); // ln(1 + eˣ) + x·σ(x)
        PrimitiveAssert.Close(expected, Reverse.Derivative(F, x0), 1e-12, "reverse:");
        PrimitiveAssert.Close(expected, Forward.Derivative(F, x0), 1e-12, "forward:");
        PrimitiveAssert.Close(expected, Nested.Derivative(F, x0), 1e-12, "nested:");

        var sketch = GraphSketch.Parse("""
            x: input
            s = softplus(x)
            x -> s : sigmoid(x)
            """);
        var comparison = SketchComparison.Compare(sketch, v => Value.Softplus(v[0]), ["x"], [[0.4], [-1.3], [2.2]]);
        Assert.True(comparison.IsMatch, string.Join(" | ", comparison.Differences.Select(d => d.Message)));
    }

    [Theory]
    [InlineData(-800.0)]
    [InlineData(-40.0)]
    [InlineData(0.0)]
    [InlineData(40.0)]
    [InlineData(800.0)]
    public void Softplus_FarFromZero_NeitherOverflowsNorLosesItsValue(double a)
    {
        // ln(1 + eᵃ) = a + ln(1 + e⁻ᵃ): ≈ eᵃ for a ≪ 0 and a + e⁻ᵃ for a ≫ 0, written without the table.
        double expected = a < 0 ? Math.Exp(a) - Math.Exp(2 * a) / 2 : a == 0 ? Math.Log(2) : a + Math.Exp(-a);
        double actual = Value.Softplus(new Tape().Variable(a)).Primal;
        Assert.True(Math.Abs(actual - expected) <= 1e-15 * Math.Abs(expected), $"softplus({a}) = {actual:R}, expected {expected:R} to 15 digits");
        Assert.True(double.IsFinite(Dual.Softplus(new Dual(a, 1)).Tangent));
    }
}
