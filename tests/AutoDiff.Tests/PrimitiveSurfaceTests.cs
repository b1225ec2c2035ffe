using System.Reflection;
using AutoDiff.Sketch;

namespace AutoDiff.Tests;

// The table of primitives reaches every surface: a function of the table can be called on each
// number type by its name, and written in a sketch by each of its names. A primitive added to the
// table and missing from a surface fails here, with no new test code.
public class PrimitiveSurfaceTests
{
    public static TheoryData<Op> Functions => [.. Primitives.All.Where(p => p.Notation.Form == Form.Function).Select(p => p.Op)];

    [Fact]
    public void TheTableHasFunctions_AtanAmongThem() =>
        Assert.Contains(Primitives.Of(Op.Atan), Primitives.All.Where(p => p.Notation.Form == Form.Function));

    [Theory]
    [MemberData(nameof(Functions))]
    public void EveryFunction_IsANamedMethodOfEveryNumberType(Op op)
    {
        var p = Primitives.Of(op);
        foreach (var type in new[] { typeof(Value), typeof(Dual), typeof(NestedDual) })
        {
            var method = type.GetMethod(op.ToString(), BindingFlags.Public | BindingFlags.Static, [.. Enumerable.Repeat(type, p.Arity)]);
            Assert.True(method is not null, $"{type.Name}.{op}({string.Join(", ", Enumerable.Repeat(type.Name, p.Arity))}) is missing: add its one line beside the others");
            Assert.Equal(type, method!.ReturnType);
        }
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
}
