using Microsoft.CodeAnalysis;

namespace AutoDiff.Generators;

/// <summary>A type that receives the named functions: the interface <c>IScalar&lt;T&gt;</c> (its
/// <c>static virtual</c> defaults) or a number type (its own public statics).</summary>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Name">Its name without type parameters (the generated file's name).</param>
/// <param name="Declaration">The partial declaration, e.g. "readonly partial record struct Value".</param>
/// <param name="Self">The type the functions take and return: the type itself, or T for the interface.</param>
/// <param name="IsInterface">True for the interface: defaults call T.Unary, not Unary.</param>
internal sealed record FunctionTarget(string Namespace, string Name, string Declaration, string Self, bool IsInterface)
{
    public static FunctionTarget Of(INamedTypeSymbol type)
    {
        string name = type.Name;
        string typeParameters = type.TypeParameters.Length == 0 ? "" : $"<{string.Join(", ", type.TypeParameters.Select(p => p.Name))}>";
        bool isInterface = type.TypeKind == TypeKind.Interface;
        string kind = isInterface ? "interface" : type.IsRecord ? "record struct" : type.TypeKind == TypeKind.Struct ? "struct" : "class";
        string declaration = $"{(type.IsReadOnly ? "readonly " : "")}partial {kind} {name}{typeParameters}";
        string self = isInterface ? type.TypeParameters[0].Name : name;
        return new FunctionTarget(type.ContainingNamespace.ToDisplayString(), name, declaration, self, isInterface);
    }
}
