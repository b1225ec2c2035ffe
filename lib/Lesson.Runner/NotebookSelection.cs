namespace Lesson.Runner;

/// <summary>A notebook chosen for a run, or the reason a requested one cannot be found.</summary>
/// <param name="Path">The notebook file (may not exist when <paramref name="Error"/> is set).</param>
/// <param name="Error">Why the notebook cannot be run, or null.</param>
internal sealed record NotebookSelection(string Path, string? Error = null)
{
    /// <summary>
    /// All notebooks in <paramref name="folder"/> when <paramref name="requested"/> is empty; otherwise
    /// each requested one, by file path, by name (with or without ".ipynb") or by unique name prefix ("04").
    /// </summary>
    public static IReadOnlyList<NotebookSelection> Select(string folder, IReadOnlyList<string> requested)
    {
        var available = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (requested.Count == 0)
            return available.Select(p => new NotebookSelection(p)).ToList();
        return requested.Select(name => Find(folder, available, name)).ToList();
    }

    private static NotebookSelection Find(string folder, List<string> available, string name)
    {
        if (name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) && File.Exists(name))
            return new NotebookSelection(System.IO.Path.GetFullPath(name));
        var stem = name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) ? name[..^6] : name;
        var exact = available.FirstOrDefault(p => System.IO.Path.GetFileNameWithoutExtension(p) == stem);
        if (exact is not null)
            return new NotebookSelection(exact);
        var prefixed = available.Where(p => System.IO.Path.GetFileName(p).StartsWith(stem, StringComparison.Ordinal)).ToList();
        if (prefixed.Count == 1)
            return new NotebookSelection(prefixed[0]);
        var names = string.Join(", ", available.Select(System.IO.Path.GetFileNameWithoutExtension));
        var problem = prefixed.Count == 0 ? "not found" : "is ambiguous";
        return new NotebookSelection(System.IO.Path.Combine(folder, stem + ".ipynb"),
            $"notebook \"{name}\" {problem} in {folder} (available: {(names.Length == 0 ? "none" : names)})");
    }
}
