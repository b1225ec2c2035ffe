using System.Text.Json.Nodes;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

public sealed class JupyterJsonWriterTests
{
    // The fixtures were written by Python: json.dumps(nb, indent=1, ensure_ascii=False) + "\n",
    // which is how Jupyter writes notebooks. Reading and writing them must give the same bytes.
    [Theory]
    [InlineData("basics.ipynb")]
    [InlineData("forever.ipynb")]
    [InlineData("reference.ipynb")]
    [InlineData("solution.ipynb")]
    [InlineData("package.ipynb")]
    [InlineData("exits.ipynb")]
    [InlineData("lingers.ipynb")]
    public void Write_FixtureWrittenByPython_RoundTripsByteForByte(string fixture)
    {
        var path = FixturePaths.Fixture(fixture);

        var written = NotebookDocument.Load(path).ToJson();

        Assert.Equal(File.ReadAllText(path), written);
    }

    [Fact]
    public void Write_EscapesOnlyQuoteBackslashAndControlCharacters_AsPythonDoes()
    {
        var node = JsonNode.Parse("""{"b": "é ∂ \u0001 \" \\ / <>", "a": [], "c": {}, "d": [1, 2.50, true, null]}""");

        var json = JupyterJsonWriter.Write(node);

        // What Python prints for json.dumps(..., indent=1, ensure_ascii=False), keys in input order.
        const string python = "{\n \"b\": \"é ∂ \\u0001 \\\" \\\\ / <>\",\n \"a\": [],\n \"c\": {},\n \"d\": [\n  1,\n  2.50,\n  true,\n  null\n ]\n}\n";
        Assert.Equal(python, json);
    }
}
