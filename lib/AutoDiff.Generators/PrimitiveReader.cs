using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoDiff.Generators;

/// <summary>One named function of the table: the primitive struct's name (the function's name),
/// its arity, its <c>Op</c> value (the order the functions are written in) and the struct's summary.</summary>
internal sealed record PrimitiveFunction(string Name, int Arity, int Order, string Summary);

/// <summary>
/// Reads one primitive struct of the table. A primitive gets a named function when its notation
/// writes it as a function or in bars (<c>Form.Function</c>, <c>Form.Bars</c>: exp a, max(a, b), |a|)
/// and it has one or two operands. The others are operators (+ − × ÷ and negation, hand-written on
/// each type because they are what the lesson teaches), powers (Pow and PowConst: one C# name, Pow,
/// over two primitives, with a double exponent for PowConst, so they stay hand-written beside the
/// operators), and fused primitives of n operands (no <c>Form</c> of a function of one or two).
/// </summary>
internal static class PrimitiveReader
{
    private static readonly string[] NamedForms = ["Function", "Bars"];

    public static PrimitiveFunction? Read(StructDeclarationSyntax syntax, SemanticModel model, CancellationToken token)
    {
        if (model.GetDeclaredSymbol(syntax, token) is not INamedTypeSymbol symbol) return null;
        if (!symbol.AllInterfaces.Any(i => i.Name == "IPrimitive" && i.ContainingNamespace.ToDisplayString() == "AutoDiff")) return null;
        if (Constant(Property(syntax, "Arity"), model, token) is not int arity || arity is not (1 or 2)) return null;
        if (FormOf(Property(syntax, "Notation"), model, token) is not { } form || !NamedForms.Contains(form)) return null;
        int order = Constant(Property(syntax, "Op"), model, token) as int? ?? int.MaxValue;
        return new PrimitiveFunction(symbol.Name, arity, order, Summary(symbol, token));
    }

    private static ExpressionSyntax? Property(StructDeclarationSyntax syntax, string name) =>
        syntax.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.Text == name) is { } p
            ? p.ExpressionBody?.Expression ?? p.Initializer?.Value
            : null;

    private static object? Constant(ExpressionSyntax? expression, SemanticModel model, CancellationToken token) =>
        expression is null ? null : model.GetConstantValue(expression, token) is { HasValue: true } c ? c.Value : null;

    // The Notation is built as new(symbol, Form.X, formula, …): the argument of type Form names the form.
    private static string? FormOf(ExpressionSyntax? notation, SemanticModel model, CancellationToken token)
    {
        var arguments = notation switch
        {
            ImplicitObjectCreationExpressionSyntax e => e.ArgumentList.Arguments,
            ObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments,
            _ => default,
        };
        foreach (var argument in arguments)
        {
            if (model.GetSymbolInfo(argument.Expression, token).Symbol is IFieldSymbol { ContainingType.Name: "Form" } field)
                return field.Name;
        }
        return null;
    }

    private static string Summary(INamedTypeSymbol symbol, CancellationToken token)
    {
        string xml = symbol.GetDocumentationCommentXml(cancellationToken: token) ?? "";
        int start = xml.IndexOf("<summary>", StringComparison.Ordinal);
        int end = xml.IndexOf("</summary>", StringComparison.Ordinal);
        if (start < 0 || end < start) return symbol.Name;
        string inner = xml.Substring(start + "<summary>".Length, end - start - "<summary>".Length);
        return string.Join(" ", inner.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
