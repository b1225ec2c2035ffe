namespace Lesson.Runner.Tests;

/// <summary>What the runner says when its kernel process ends in the middle of a notebook.</summary>
public sealed class ChildExitTests
{
    // As the .NET runtime writes it when a thread overflows its stack.
    private const string OverflowStderr = """
        Stack overflow.
        Repeat 24101 times:
        --------------------------------
           at Submission#3.Deeper(Int32)
        --------------------------------
           at Submission#3+<<Initialize>>d__0.MoveNext()
           at System.Runtime.CompilerServices.AsyncMethodBuilderCore.Start[[System.__Canon, System.Private.CoreLib]](System.__Canon ByRef)
           at Microsoft.CodeAnalysis.Scripting.ScriptExecutionState+<RunSubmissionsAsync>d__9`1[[System.__Canon, System.Private.CoreLib]].MoveNext()
        """;

    [Fact]
    public void StackOverflow_NamesItAndTheRepeatedFrameNotTheRuntimesLastFrames()
    {
        var message = ChildExit.Describe(134, OverflowStderr);

        Assert.StartsWith("Stack overflow at Submission#3.Deeper(Int32)", message, StringComparison.Ordinal);
        Assert.Contains("exit code 134", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ScriptExecutionState", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherEnd_GivesTheExitCodeAndTheLastLinesOfStandardError() =>
        Assert.Equal("the kernel process ended (exit code 3) b | c | d", ChildExit.Describe(3, "a\nb\nc\nd\n"));
}
