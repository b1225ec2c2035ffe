namespace Lesson.Notebooks.Apps;

/// <summary>
/// Writes one code cell as top-level statements. An exercise's methods sit between <c>#line</c>
/// directives whose file name names the exercise, so a compile error there says which exercise
/// it is in. An experiment runs inside try/catch so that an exception is shown as a notebook
/// shows a failed cell and the app goes on; only the statements that declare names later cells
/// use stay outside (a try block would hide those names from the rest of the app).
/// </summary>
internal static class CodeCellWriter
{
    private const string Indent = "    ";

    /// <summary>Writes cell <paramref name="index"/>.</summary>
    public static void Write(AppText text, GenerationState state, int index, CodeCellParts code, string source, bool exercise)
    {
        if (AppGenerator.IsNotebookOnly(code, source))
        {
            text.BlankLine();
            text.Write("// (The notebook checks here that the library is built; the #:project line at the top builds it.)");
            return;
        }
        text.BlankLine();
        foreach (var type in code.Types)
            text.Write($"// ({FirstLine(type)} … is declared at the end of this file: C# puts types after the top-level code.)");
        if (exercise || code.References.Count > 0)
        {
            WriteOpen(text, state, [.. code.Statements], exercise);
            WriteShown(text, code);
            return;
        }
        int split = LastNeeded(code.Statements, state.UsedLater[index]) + 1;
        WriteOpen(text, state, code.Statements.Take(split).ToList(), exercise: false);
        var guarded = code.Statements.Skip(split).ToList();
        if (guarded.Count == 0) WriteShown(text, code);
        else WriteGuarded(text, guarded, code);
    }

    private static void WriteOpen(AppText text, GenerationState state, List<CellStatement> statements, bool exercise)
    {
        foreach (var (statement, i) in statements.Select((s, i) => (s, i)))
        {
            string body = i == 0 ? statement.Text.TrimStart('\n', '\r') : statement.Text;
            if (!(exercise && statement.IsFunction))
            {
                text.Write(body);
                continue;
            }
            // Comments first, so that #line names exactly the method's own lines.
            int start = body.IndexOf(FirstCodeLine(body), StringComparison.Ordinal);
            if (start > 0) text.Write(body[..start].TrimEnd('\n', ' '));
            text.Write($"#line {text.NextLine + 1} \"{state.FileName} [{Exercise(state.Heading)}, {statement.Declares[0]}]\"");
            text.Write(body[start..]);
            text.Write("#line default");
        }
    }

    private static void WriteShown(AppText text, CodeCellParts code)
    {
        if (code.Shown is null) return;
        if (code.ShownComments.Trim().Length > 0) text.Write(code.ShownComments.Trim('\n', '\r'));
        text.Write($"Lesson.Show(() => {code.Shown});");
    }

    private static void WriteGuarded(AppText text, List<CellStatement> statements, CodeCellParts code)
    {
        text.Write("try");
        text.Write("{");
        for (int i = 0; i < statements.Count; i++)
            text.Write(i == 0 ? statements[i].Text.TrimStart('\n', '\r') : statements[i].Text, Indent);
        if (code.Shown is not null)
        {
            if (code.ShownComments.Trim().Length > 0) text.Write(code.ShownComments.Trim('\n', '\r'), Indent);
            text.Write($"Lesson.Show({code.Shown});", Indent);
        }
        text.Write("}");
        text.Write("catch (Exception exception)");
        text.Write("{");
        text.Write("Lesson.ShowError(exception);", Indent);
        text.Write("}");
    }

    // The last statement that declares a name a later cell uses (-1 when none).
    private static int LastNeeded(IReadOnlyList<CellStatement> statements, IReadOnlySet<string> usedLater)
    {
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            if (statements[i].Declares.Any(usedLater.Contains)) return i;
        }
        return -1;
    }

    private static string FirstCodeLine(string text) =>
        text.Split('\n').First(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));

    private static string FirstLine(string text) => FirstCodeLine(text).Trim().TrimEnd('{').Trim();

    // "Exercise 1.2.40.2 — Explain computation graph nodes" → "Exercise 1.2.40.2"; quotes would end the #line name.
    private static string Exercise(string heading)
    {
        string name = heading.Split(" — ")[0].Replace('"', '\'');
        return name.Length == 0 ? "exercise" : name;
    }
}
