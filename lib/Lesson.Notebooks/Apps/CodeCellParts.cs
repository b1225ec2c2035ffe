using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lesson.Notebooks.Apps;

/// <summary>
/// A notebook code cell taken apart the way a file-based app needs it: <c>#r</c> lines (they
/// become <c>#:project</c>/<c>#:package</c>), <c>using</c> directives (they move to the top),
/// type declarations (C# wants them after all top-level statements), the statements in order,
/// and the cell's last expression when it has no semicolon (the value a notebook shows).
/// Parsed with Roslyn as top-level code, so comments stay with the statement they precede.
/// </summary>
/// <param name="References">The text after <c>#r</c>, quotes removed, e.g. "../x.dll" or "nuget: P, 1.0".</param>
/// <param name="Usings">Each using directive, trimmed.</param>
/// <param name="Types">Each type declaration's text, with its comments.</param>
/// <param name="Statements">The statements, text with comments, in order.</param>
/// <param name="Shown">The last expression without a semicolon (no comments), or null.</param>
/// <param name="ShownComments">Comments written before <paramref name="Shown"/>.</param>
internal sealed record CodeCellParts(
    IReadOnlyList<string> References,
    IReadOnlyList<string> Usings,
    IReadOnlyList<string> Types,
    IReadOnlyList<CellStatement> Statements,
    string? Shown,
    string ShownComments)
{
    /// <summary>Splits <paramref name="source"/> (one code cell).</summary>
    public static CodeCellParts Parse(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var references = lines.Where(IsReference).Select(l => l.Trim()[2..].Trim().Trim('"')).ToList();
        string code = string.Join("\n", lines.Select(l => IsReference(l) ? "" : l));
        // Parsed as a script, as the notebook kernel does: a last expression without a semicolon is
        // then an expression statement (as top-level code, "x * x * y" would read as a declaration).
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, Script).GetRoot();
        var usings = root.Usings.Select(u => u.WithoutTrivia().ToFullString()).ToList();
        var types = root.Members.Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).Select(Text).ToList();
        var statements = root.Members.Where(m => m is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)).ToList();
        string? shown = null, comments = "";
        if (statements.Count > 0 && statements[^1] is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
        {
            shown = last.Expression.WithoutTrivia().ToFullString();
            comments = last.GetLeadingTrivia().ToFullString().Trim('\n');
            statements.RemoveAt(statements.Count - 1);
        }
        return new CodeCellParts(references, usings, types, statements.Select(CellStatement.Of).ToList(), shown, comments);
    }

    /// <summary>Every identifier the cell's text uses (for "is this name used further on?").</summary>
    public static IReadOnlySet<string> Identifiers(string source) =>
        CSharpSyntaxTree.ParseText(source, Script).GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet(StringComparer.Ordinal);

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script);

    private static bool IsReference(string line) => line.TrimStart().StartsWith("#r ", StringComparison.Ordinal);

    private static string Text(SyntaxNode node) => node.ToFullString().Trim('\n', '\r');
}

/// <summary>One top-level statement of a cell.</summary>
/// <param name="Text">Its text with leading comments (no surrounding blank lines).</param>
/// <param name="Declares">The names it declares at top level (variables, local functions).</param>
/// <param name="IsFunction">True for a local function (a method the learner may edit).</param>
internal sealed record CellStatement(string Text, IReadOnlyList<string> Declares, bool IsFunction)
{
    /// <summary>The statement of a script member: in a script, a top-level variable is a field
    /// and a top-level method a method; in an app's top-level code they are locals and local functions.</summary>
    public static CellStatement Of(MemberDeclarationSyntax member) => member switch
    {
        FieldDeclarationSyntax field => new(FullText(member), field.Declaration.Variables.Select(v => v.Identifier.ValueText).ToList(), false),
        GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => new(FullText(member), local.Declaration.Variables.Select(v => v.Identifier.ValueText).ToList(), false),
        MethodDeclarationSyntax method => new(FullText(member), [method.Identifier.ValueText], true),
        GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function } => new(FullText(member), [function.Identifier.ValueText], true),
        _ => new(FullText(member), [], false),
    };

    // Leading blank lines are kept (the writer drops them at the start of a block).
    private static string FullText(SyntaxNode node) => node.ToFullString().TrimEnd();
}
