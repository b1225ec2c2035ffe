namespace Lesson.Notebooks.Model;

/// <summary>The Jupyter <c>cell_type</c> of a notebook cell.</summary>
public enum CellKind
{
    /// <summary>A code cell: submitted to the kernel.</summary>
    Code,

    /// <summary>A markdown cell: passed through and rendered.</summary>
    Markdown,

    /// <summary>A raw cell: passed through unchanged.</summary>
    Raw,
}
