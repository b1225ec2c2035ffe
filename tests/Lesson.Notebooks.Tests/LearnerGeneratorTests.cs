using System.Text.Json.Nodes;
using Lesson.Notebooks.Learner;
using Lesson.Notebooks.Model;

namespace Lesson.Notebooks.Tests;

public sealed class LearnerGeneratorTests
{
    private static NotebookDocument Solution() => NotebookDocument.Load(FixturePaths.Fixture("solution.ipynb"));

    [Fact]
    public void Generate_IndentedCodeRegion_BecomesStubWithSameIndentation()
    {
        var learner = LearnerGenerator.Generate(Solution());

        Assert.Equal(
            "static double Square(double x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}\nSquare(3)",
            learner.Cells[1].Source);
    }

    [Fact]
    public void Generate_TopLevelCodeRegion_BecomesUnindentedStub()
    {
        var learner = LearnerGenerator.Generate(Solution());

        Assert.Equal("// YOUR CODE HERE\nthrow new NotImplementedException();\nConsole.WriteLine(\"ok\");", learner.Cells[2].Source);
    }

    [Fact]
    public void Generate_MarkdownRegion_BecomesWriteYourAnswerHere()
    {
        var learner = LearnerGenerator.Generate(Solution());

        Assert.Equal("# Exercise\n\n_Write your answer here._\n\nThen more text.", learner.Cells[0].Source);
    }

    [Fact]
    public void WrittenAnswerRegion_BecomesARawStringHoldingThePlaceholder_AtTheSameIndentation()
    {
        const string solution = "string MyDefinition()\n{\n    // BEGIN WRITTEN ANSWER\n    return \"\"\"\n        Autodiff applies the chain rule.\n        \"\"\";\n    // END WRITTEN ANSWER\n}";

        string learner = SolutionRegions.Replace(solution, SolutionRegions.WrittenAnswer, "nb, cell 3");

        Assert.Equal("string MyDefinition()\n{\n    return \"\"\"\n        Write your answer here.\n        \"\"\";\n}", learner);
        Assert.True(SolutionRegions.IsExercise(solution));
        Assert.False(SolutionRegions.IsExercise(learner));
    }

    [Fact]
    public void Generate_KeepsIdsMetadataAndNotebookMetadata()
    {
        var solution = Solution();

        var learner = LearnerGenerator.Generate(solution);

        Assert.Equal(solution.Cells.Select(c => c.Id), learner.Cells.Select(c => c.Id));
        Assert.All(solution.Cells, c => Assert.True(JsonNode.DeepEquals(c.Json["metadata"], learner.Cells[c.Index].Json["metadata"])));
        Assert.True(JsonNode.DeepEquals(solution.Root["metadata"], learner.Root["metadata"]));
        Assert.Equal(solution.Root.Select(kv => kv.Key), learner.Root.Select(kv => kv.Key));
    }

    [Fact]
    public void Generate_RemovesOutputsAndExecutionCounts()
    {
        var solution = Solution();
        solution.Cells[1].Json["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "9" });
        solution.Cells[1].Json["execution_count"] = 3;

        var learner = LearnerGenerator.Generate(solution);

        Assert.Empty(learner.Cells[1].Json["outputs"]!.AsArray());
        Assert.Null(learner.Cells[1].Json["execution_count"]);
    }

    [Fact]
    public void Generate_AppliedToLearnerNotebook_ChangesNothing()
    {
        var once = LearnerGenerator.Generate(Solution());

        var twice = LearnerGenerator.Generate(once);

        Assert.Equal(once.ToJson(), twice.ToJson());
    }

    [Fact]
    public void Generate_DoesNotModifyTheSolution()
    {
        var solution = Solution();
        var before = solution.ToJson();

        LearnerGenerator.Generate(solution);

        Assert.Equal(before, solution.ToJson());
    }

    [Fact]
    public void Replace_UnclosedRegion_FailsNamingTheLine()
    {
        var error = Assert.Throws<NotebookFormatException>(() =>
            SolutionRegions.Replace("a\n  // BEGIN SOLUTION\nb\n", SolutionRegions.Code, "nb, cell 2"));

        Assert.Equal("nb, cell 2: the solution region opened at line 2 is never closed (// END SOLUTION).", error.Message);
    }

    [Fact]
    public void Replace_MarkerInsideALine_IsNotARegion()
    {
        const string source = "var s = \"// BEGIN SOLUTION\";\n";

        Assert.Equal(source, SolutionRegions.Replace(source, SolutionRegions.Code, "nb"));
    }
}
