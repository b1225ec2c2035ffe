namespace Lesson.Notebooks.Model;

/// <summary>
/// Thrown when a file is not a notebook this package can read: not JSON, not nbformat 4, or a cell
/// without a type. The message names the file and says what is wrong with it.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception with a message that names the notebook.</summary>
    public NotebookFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the parser error that caused it.</summary>
    public NotebookFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with a generic message.</summary>
    public NotebookFormatException() : base("The notebook could not be read.") { }
}
