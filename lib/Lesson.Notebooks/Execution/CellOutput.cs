namespace Lesson.Notebooks.Execution;

/// <summary>The four Jupyter output types.</summary>
public enum OutputKind
{
    /// <summary><c>display_data</c>: a value shown with <c>display(...)</c>.</summary>
    Display,

    /// <summary><c>execute_result</c>: the value of the cell's last expression.</summary>
    Result,

    /// <summary><c>stream</c>: text written to stdout or stderr.</summary>
    Stream,

    /// <summary><c>error</c>: an exception or a compile error.</summary>
    Error,
}

/// <summary>
/// One output of an executed cell, independent of any notebook host: display data keyed by MIME
/// type, stream text, or an error.
/// </summary>
/// <param name="Kind">Which Jupyter output type this is.</param>
/// <param name="Data">Formatted values by MIME type (display and result outputs).</param>
/// <param name="Text">Stream text, or the error message.</param>
/// <param name="Name">Stream name ("stdout"/"stderr"), or the error name.</param>
/// <param name="ValueId">The kernel's display id, so that an update replaces the value it updates.</param>
/// <param name="Traceback">Error traceback lines.</param>
public sealed record CellOutput(
    OutputKind Kind,
    IReadOnlyDictionary<string, string> Data,
    string Text = "",
    string Name = "",
    string? ValueId = null,
    IReadOnlyList<string>? Traceback = null)
{
    /// <summary>A stream output.</summary>
    public static CellOutput Stream(string name, string text) =>
        new(OutputKind.Stream, new Dictionary<string, string>(), text, name);

    /// <summary>An error output.</summary>
    public static CellOutput Error(string name, string message, IReadOnlyList<string>? traceback = null) =>
        new(OutputKind.Error, new Dictionary<string, string>(), message, name, Traceback: traceback);

    /// <summary>The value for <paramref name="mimeType"/>, or null.</summary>
    public string? Get(string mimeType) => Data.TryGetValue(mimeType, out var value) ? value : null;
}
