using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

public sealed class NotebookDocumentTests
{
    [Fact]
    public void Source_StoredAsStringOrAsLines_ReadsTheSameText()
    {
        var asString = NotebookDocument.Parse("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": "a\nb"}]}""", "s");
        var asLines = NotebookDocument.Parse("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a\n", "b"]}]}""", "l");

        Assert.Equal("a\nb", asString.Cells[0].Source);
        Assert.Equal("a\nb", asLines.Cells[0].Source);
    }

    [Fact]
    public void Parse_MissingMetadataAndIds_IsTolerated()
    {
        var notebook = NotebookDocument.Parse("""{"nbformat": 4, "cells": [{"cell_type": "markdown", "source": []}]}""", "bare");

        Assert.Null(notebook.Cells[0].Id);
        Assert.Empty(notebook.Metadata);
        Assert.Equal(CellKind.Markdown, notebook.Cells[0].Kind);
    }

    [Fact]
    public void Parse_TruncatedJson_FailsNamingTheNotebook()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse("""{"cells": [""", "broken"));

        Assert.StartsWith("broken: not valid notebook JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Nbformat3_IsRejectedWithWhatToDo()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse("""{"nbformat": 3, "worksheets": []}""", "old"));

        Assert.Contains("only nbformat 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CellWithoutType_FailsNamingTheCell()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse("""{"nbformat": 4, "cells": [{"source": "x"}]}""", "nb"));

        Assert.Equal("nb: cell 1 has no cell_type.", error.Message);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingThePath()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load("/no/such/notebook.ipynb"));

        Assert.Contains("/no/such/notebook.ipynb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceSetter_OnLineArrayCell_KeepsJupyterLineForm()
    {
        var notebook = NotebookDocument.Parse("""{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["x"]}]}""", "nb");

        notebook.Cells[0].Source = "one\ntwo";

        Assert.Equal("[\"one\\n\",\"two\"]", notebook.Cells[0].Json["source"]!.ToJsonString());
    }
}
