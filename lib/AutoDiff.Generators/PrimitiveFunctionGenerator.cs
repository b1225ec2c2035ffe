using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoDiff.Generators;

/// <summary>
/// Writes the named functions of the table of primitives (<c>Value.Sin</c>, <c>T.Sin</c>, …) from
/// the table itself, so that adding a primitive is its struct, its table line and its <c>Op</c>.
/// It reads every primitive struct nested in <c>Primitives</c> (<see cref="PrimitiveReader"/>) and,
/// for every type marked <c>[PrimitiveFunctions]</c>, emits one line per function
/// (<see cref="FunctionSource"/>): a <c>static virtual</c> default on the interface <c>IScalar&lt;T&gt;</c>,
/// a public static method on a number type, each calling <c>Unary&lt;P&gt;</c> or
/// <c>Binary&lt;P&gt;</c> exactly as a hand-written line would.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PrimitiveFunctionGenerator : IIncrementalGenerator
{
    private const string MarkerAttribute = "AutoDiff.PrimitiveFunctionsAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var functions = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is StructDeclarationSyntax { Parent: ClassDeclarationSyntax { Identifier.Text: "Primitives" } },
                static (syntax, token) => PrimitiveReader.Read((StructDeclarationSyntax)syntax.Node, syntax.SemanticModel, token))
            .Where(static f => f is not null)
            .Select(static (f, _) => f!)
            .Collect()
            .Select(static (all, _) => new EquatableList<PrimitiveFunction>(all.OrderBy(f => f.Order).ThenBy(f => f.Name, StringComparer.Ordinal)));

        var targets = context.SyntaxProvider.ForAttributeWithMetadataName(
            MarkerAttribute,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, _) => FunctionTarget.Of((INamedTypeSymbol)syntax.TargetSymbol));

        context.RegisterSourceOutput(targets.Combine(functions), static (output, pair) =>
            output.AddSource($"{pair.Left.Name}.PrimitiveFunctions.g.cs", FunctionSource.Write(pair.Left, pair.Right)));
    }
}
