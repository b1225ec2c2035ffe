using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Apps;

/// <summary>
/// Turns a solution notebook into a .NET 10 file-based app (<c>dotnet run app.cs</c>): Markdown
/// becomes comments, code cells top-level code, the <c>#r</c> lines one <c>#:project</c> line,
/// a cell's last expression a <c>Lesson.Show</c> call, type declarations move to the end, and
/// model answers fold away into a region at the very end. The learner variant takes its stubs
/// from <see cref="LearnerGenerator"/>, so notebooks and apps stub the same regions.
/// </summary>
public static class AppGenerator
{
    /// <summary>The lesson library's project, relative to an app (apps/learner or apps/solutions).</summary>
    public const string LibraryProject = "../../lib/AutoDiff.Interactive/AutoDiff.Interactive.csproj";

    // The notebooks' #r target: the library build that #:project replaces.
    private const string LibraryBuildFolder = "artifacts/bin/AutoDiff.Interactive/";

    /// <summary>The app's source for <paramref name="solution"/> in <paramref name="variant"/>.
    /// Fails with <see cref="NotebookFormatException"/> naming the cell when a cell cannot
    /// become app code (a <c>#r</c> of a DLL with no project behind it).</summary>
    public static string Generate(NotebookDocument solution, AppVariant variant)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var notebook = variant == AppVariant.Learner ? LearnerGenerator.Generate(solution) : solution;
        var cells = notebook.Cells;
        var parts = cells.Select(c => c.Kind == CellKind.Code ? CodeCellParts.Parse(c.Source) : null).ToList();
        var context = new GenerationState(notebook.Name + ".cs", UsedLater(cells));
        var text = new AppText();
        AppHeader.Write(text, notebook.Name, variant);
        WriteDirectives(text, cells, parts, notebook.Name);
        WriteUsings(text, parts);
        for (int i = 0; i < cells.Count; i++)
        {
            bool exercise = solution.Cells[i].Kind == CellKind.Code && SolutionRegions.IsExercise(solution.Cells[i].Source);
            if (parts[i] is { } code) CodeCellWriter.Write(text, context, i, code, cells[i].Source, exercise);
            else if (cells[i].Kind == CellKind.Markdown) WriteMarkdown(text, context, cells[i].Source);
        }
        WriteTypes(text, parts);
        WriteModelAnswers(text, context);
        return text.ToString();
    }

    /// <summary>True for the notebook's "is the library built?" cell: it reads the library's build
    /// folder without loading it; an app's <c>#:project</c> builds the library instead.</summary>
    internal static bool IsNotebookOnly(CodeCellParts code, string source) =>
        code.References.Count == 0 && source.Contains(LibraryBuildFolder, StringComparison.Ordinal);

    private static void WriteDirectives(AppText text, IReadOnlyList<NotebookCell> cells, List<CodeCellParts?> parts, string name)
    {
        var directives = new List<string>();
        for (int i = 0; i < cells.Count; i++)
        {
            foreach (var reference in parts[i]?.References ?? [])
            {
                string directive = Directive(reference)
                    ?? throw new NotebookFormatException($"{name}, {cells[i].Label}: #r \"{reference}\" has no project or package an app could build it from.");
                if (!directives.Contains(directive)) directives.Add(directive);
            }
        }
        text.BlankLine();
        foreach (var directive in directives) text.Write(directive);
    }

    private static string? Directive(string reference)
    {
        if (reference.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            var package = reference["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
            return package.Length > 1 ? $"#:package {package[0]}@{package[1]}" : $"#:package {package[0]}";
        }
        return reference.Contains(LibraryBuildFolder, StringComparison.Ordinal) ? "#:project " + LibraryProject : null;
    }

    private static void WriteUsings(AppText text, List<CodeCellParts?> parts)
    {
        // Lesson.Show needs AutoDiff.Interactive whether or not the notebook imported it.
        var usings = parts.SelectMany(p => p?.Usings ?? []).Append("using AutoDiff.Interactive;").Distinct(StringComparer.Ordinal).ToList();
        text.BlankLine();
        foreach (var directive in usings) text.Write(directive);
    }

    private static void WriteMarkdown(AppText text, GenerationState context, string markdown)
    {
        if (MarkdownComments.IsModelAnswer(markdown))
        {
            context.ModelAnswers.Add((context.Heading, markdown));
            text.BlankLine();
            text.Write("// (The model answer is folded away at the end of this file: read it after you have tried.)");
            return;
        }
        context.Heading = MarkdownComments.Heading(markdown) ?? context.Heading;
        text.BlankLine();
        foreach (var line in MarkdownComments.Lines(markdown)) text.Write(line);
    }

    private static void WriteTypes(AppText text, List<CodeCellParts?> parts)
    {
        var types = parts.SelectMany(p => p?.Types ?? []).ToList();
        if (types.Count == 0) return;
        text.BlankLine();
        text.Write(Rule);
        text.Write("// Types the code above uses. C# wants type declarations after all top-level code, so they are here.");
        text.Write(Rule);
        foreach (var type in types)
        {
            text.BlankLine();
            text.Write(type);
        }
    }

    private static void WriteModelAnswers(AppText text, GenerationState context)
    {
        if (context.ModelAnswers.Count == 0) return;
        text.BlankLine();
        text.Write(Rule);
        text.Write("// MODEL ANSWERS. Folded away here so that you try first: stop reading if you have not");
        text.Write("// written your own answers yet. (Your editor can fold this region.)");
        text.Write(Rule);
        text.Write("#region Model answers");
        foreach (var (heading, markdown) in context.ModelAnswers)
        {
            text.BlankLine();
            text.Write($"// ── {heading} ──");
            foreach (var line in MarkdownComments.Lines(markdown)) text.Write(line);
        }
        text.Write("#endregion");
    }

    // For each cell, the identifiers the code cells after it use.
    private static IReadOnlySet<string>[] UsedLater(IReadOnlyList<NotebookCell> cells)
    {
        var later = new IReadOnlySet<string>[cells.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = cells.Count - 1; i >= 0; i--)
        {
            later[i] = seen.ToHashSet(StringComparer.Ordinal);
            if (cells[i].Kind == CellKind.Code) seen.UnionWith(CodeCellParts.Identifiers(cells[i].Source));
        }
        return later;
    }

    private const string Rule = "// ════════════════════════════════════════════════════════════════════════════════════════";
}

/// <summary>What the generator carries from cell to cell.</summary>
/// <param name="FileName">The app's file name, e.g. "01-starter.cs".</param>
/// <param name="UsedLater">Per cell, the identifiers later code cells use.</param>
internal sealed record GenerationState(string FileName, IReadOnlySet<string>[] UsedLater)
{
    /// <summary>The latest section heading ("Exercise 1.2.40.2 — …").</summary>
    public string Heading { get; set; } = "";

    /// <summary>Model answers met so far, with the heading they belong to.</summary>
    public List<(string Heading, string Markdown)> ModelAnswers { get; } = [];
}
